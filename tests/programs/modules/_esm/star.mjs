export const star1 = 's1';
export const shared = 'from star';
export const dup = 'star';
