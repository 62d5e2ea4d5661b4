// Spread of arrays and strings into calls, `new`, `super(...)` and array literals.
const a = [1, 2, 3];
function sum3(x, y, z) { return x + y + z; }
console.log(sum3(...a), Math.max(...a, 10), [0, ...a, 4].length, [..."héllo"].join("|"));
console.log(...a);
const o = { add(...xs) { let t = 0; for (let i = 0; i < xs.length; i++) t += xs[i]; return t; } };
console.log(o.add(...a, ...[10, 20]));
class P { constructor(...c) { this.c = c; } }
class Q extends P { constructor(...args) { super(...args, "q"); } }
console.log(new P(...a).c.length, new Q(1, 2).c.join(","));
try { sum3(...5); } catch (e) { console.log(e.constructor.name, e.message); }
try { [...null]; } catch (e) { console.log(e.constructor.name, e.message); }
const holes = [1, , 3];
console.log([...holes], [...[], ...[]].length);
const t = (f) => { try { f(); } catch (e) { console.log(e.message); } };
function g() {}
t(() => g(...5)); t(() => g(...null)); t(() => g(...undefined)); t(() => g(...{}));
t(() => [...5]); t(() => [...null]); t(() => [...undefined]); t(() => [...{}]);
t(() => new g(...5)); t(() => Math.max(...{a:1}));
