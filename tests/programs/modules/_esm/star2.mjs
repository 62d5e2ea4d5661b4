export const dup = 'star2';
export const star2 = 's2';
