import { odd } from './odd.mjs';
console.log('even evaluated; odd is a', typeof odd);
export function even(n) { return n === 0 ? true : odd(n - 1); }
export const later = 1;
