export const which = 'b';
