// Logical assignment (??=, ||=, &&=) to undeclared and read-only globals,
// members and computed members: the right side and the write happen only
// when the operator goes on to the right.
try { unresolved ??= 1; } catch (e) { console.log(e.constructor.name); }
var g; g ??= 5; console.log(g);
globalThis.h = null; h ??= 7; console.log(h); h ||= 8; h &&= 9; console.log(h);
NaN ??= 1; console.log(NaN);
undefined ??= 2; console.log(undefined);
Infinity &&= 3; console.log(Infinity);
(function () { 'use strict'; try { undefined ??= 4; } catch (e) { console.log(e.constructor.name); } })();
(function () { 'use strict'; try { NaN ||= 5; } catch (e) { console.log(e.constructor.name); } })();
(function () { 'use strict'; try { undeclared2 ||= 5; } catch (e) { console.log(e.constructor.name, e.message); } })();
globalThis.z = 0; z ||= 'filled'; console.log(z); z &&= 'again'; console.log(z);
const o = { a: null, b: 0, c: 1 };
o.a ??= 'A'; o.b ||= 'B'; o.c &&= 'C'; console.log(o);
const k = 'a'; o[k] ??= 'no'; o['b'] ||= 'no'; console.log(o);
const arr = [null, 0]; arr[0] ??= 1; arr[1] ||= 2; console.log(arr);
let gets = 0; const p = { get v() { gets++; return 1; }, set v(x) { console.log('set', x); } };
p.v ??= 5; p.v ||= 6; p.v &&= 7; console.log(gets);
class B { static s = null; static m() { this.s ??= 'S'; return this.s; } }
console.log(B.m());
class C extends B { static n() { return super.m(); } }
console.log(C.n());
