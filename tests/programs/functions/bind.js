// Function.prototype.bind: fixed this, partial application, name "bound f", length, rebinding.
function f(a, b, c) { return this.tag + ":" + a + "," + b + "," + c; }
const o = { tag: "o" };
const bf = f.bind(o);
console.log(bf(1, 2, 3), bf.name, bf.length, typeof bf);
const p1 = f.bind(o, "x");
console.log(p1("y", "z"), p1.name, p1.length);
const p3 = f.bind(o, 1, 2, 3, 4);
console.log(p3(), p3.length);
// bound this cannot be overridden by call/apply/method call/rebind
const other = { tag: "other", m: bf };
console.log(bf.call(other, 1, 2, 3), bf.apply(other, [4, 5, 6]), other.m(7, 8, 9));
const rebound = bf.bind(other, "r");
console.log(rebound("s", "t"), rebound.name, rebound.length);
// bound name for anonymous / arrow / method / bound-of-bound
const anon = function () {};
console.log(JSONname(anon.bind(null)), JSONname((() => {}).bind(null)), JSONname(o.toString.bind(o)));
function JSONname(fn) { return "[" + fn.name + "]"; }
console.log(JSONname(f.bind(null).bind(null).bind(null)));
// arrow functions ignore the bound this but take bound args
const arrow = (a, b) => a + b;
const ba = arrow.bind({ ignored: true }, 10);
console.log(ba(5), ba.length);
// bound functions have no prototype property
console.log(bf.prototype, "prototype" in bf, bf.hasOwnProperty("prototype"));
// length edge cases
function none() {}
console.log(none.bind(null, 1, 2).length, f.bind(null, 1).length);
Object.defineProperty(f, "length", { value: 10 });
console.log(f.bind(null, 1, 2).length);
Object.defineProperty(f, "length", { value: -5 });
console.log(f.bind(null).length);
Object.defineProperty(f, "length", { value: 2.7 });
console.log(f.bind(null).length);
Object.defineProperty(f, "length", { value: "3" });
console.log(f.bind(null).length);
Object.defineProperty(f, "name", { value: 42 });
console.log(JSONname(f.bind(null)));
// binding with primitives
function kind() { return typeof this; }
function strictKind() { "use strict"; return this === null ? "null" : typeof this; }
console.log(kind.bind(5)(), strictKind.bind(5)(), strictKind.bind(null)(), kind.bind(null)() === "object");
// partial application in loops
function add(a, b) { return a + b; }
const adders = [];
for (let i = 0; i < 5; i++) adders.push(add.bind(null, i * 10));
console.log(adders.map(g => g(1)).join(","));
// bind used as a method extractor
const counter = { n: 0, inc() { return ++this.n; } };
const inc = counter.inc.bind(counter);
inc(); inc();
console.log(counter.n, [1, 2, 3].map(inc).join(","));
// errors
try { Function.prototype.bind.call(5); } catch (e) { console.log(e.constructor.name, e.message); }
try { const x = {}; x.bind = Function.prototype.bind; x.bind(null); } catch (e) { console.log(e.constructor.name, e.message); }
// bound built-ins
const max = Math.max.bind(null, 100);
console.log(max(1, 2), max(1000), max.name, max.length);
const join = Array.prototype.join.bind([1, 2, 3]);
console.log(join("-"), join.name);
