import { even, later } from './even.mjs';
import * as evenNs from './even.mjs';
// A cycle: even.mjs is not evaluated yet, but its functions exist.
console.log('odd evaluated; even(4) =', even(4), evenNs);
export function odd(n) { return n === 0 ? false : even(n - 1); }
try { later; } catch (e) { console.log(e.name + ': ' + e.message); }
