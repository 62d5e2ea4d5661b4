// Inline-cache add-transitions: prototype setters added later, non-extensible
// objects and objects that are prototypes all leave the inline fast path.
"use strict";
class P { constructor(a, b) { this.a = a; this.b = b; } }
let ps = [];
for (let i = 0; i < 20; i++) ps.push(new P(i, i * 2));
// a frozen prototype-chain change mid-way: setter on prototype must be respected
Object.defineProperty(P.prototype, "b", { set(v) { this._b = v * 10; }, configurable: true });
for (let i = 0; i < 3; i++) ps.push(new P(i, 5));
console.log(ps[0], ps[21], Object.keys(ps[22]));
function mk(o) { o.x = 1; o.y = 2; return o; }
for (let i = 0; i < 10; i++) mk({});
const fz = Object.preventExtensions({});
try { mk(fz); } catch (e) { console.log(e.constructor.name, e.message); }
const proto = {};
const child = Object.create(proto);
for (let i = 0; i < 10; i++) mk({});
mk(proto);
console.log(child.x, child.y, Object.keys(proto));
