import { x } from './base.mjs';
console.log('lazy.mjs evaluated, base x =', x);
export const answer = 42;
export default function double(n) { return n * 2; }
