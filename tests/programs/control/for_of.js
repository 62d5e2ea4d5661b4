// for-of over arrays (live length, holes, patterns, labels, closures per iteration) and strings (code points).
const arr = [1, 2, 3];
for (const x of arr) console.log(x);
let total = 0;
for (let v of [10, 20]) total += v;
console.log(total);
for (const ch of "héllo😀") console.log(ch);
const pairs = [[1, "a"], [2, "b"]];
for (const [n, s] of pairs) console.log(n, s);
for (const { id, tag = "none" } of [{ id: 1 }, { id: 2, tag: "t" }]) console.log(id, tag);
var last;
for (last of arr);
console.log(last);
const grow = [1, 2];
for (const g of grow) { if (g < 4) grow.push(g + 2); }
console.log(grow);
const fns = [];
for (const k of [1, 2, 3]) fns.push(() => k);
console.log(fns.map(f => f()).join(","));
outer: for (const a of [1, 2, 3]) { for (const b of [1, 2, 3]) { if (b === 2) continue outer; if (a === 3) break outer; console.log(a, b); } }
const o = {};
for (o.prop of ["p1", "p2"]);
console.log(o.prop);
for (const x of [1, , 3]) console.log(x);
try { for (const x of 5) {} } catch (e) { console.log(e.constructor.name, e.message); }
try { for (const x of {}) {} } catch (e) { console.log(e.constructor.name, e.message); }
for (const k in { a: 1, b: 2 }) console.log("in", k);
for (const [k, v] of Object.entries({ a: 1, b: 2 })) console.log(k, v);
