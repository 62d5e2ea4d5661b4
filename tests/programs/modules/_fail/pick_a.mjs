export const which = 'a';
