// map, filter, forEach: callback arguments, thisArg, holes, return values.
const a = [3, 1, 4, 1, 5];
const log = [];
a.forEach(function (v, i, arr) { log.push(v + "@" + i + (arr === a ? "" : "!")); });
console.log(log.join(" "));
console.log(a.forEach(x => x), a.map(x => x * 2).join(","), a.filter(x => x > 1).join(","));
console.log(a.map((v, i) => v * i).join(","), a.filter((v, i) => i % 2 === 0).join(","));
// map returns a new array of the same length; filter may be shorter
const m = a.map(String);
console.log(m.length, typeof m[0], m !== a, a.filter(() => false).length);
// thisArg
const ctx = { factor: 10 };
console.log(a.map(function (x) { return x * this.factor; }, ctx).join(","));
function outer() { return a.map(x => this.factor, ctx); }
console.log(outer.call({ factor: "arrow sees outer this" })[0]);
// holes are skipped; map preserves them
const h = [1, , 3];
const mapped = h.map(x => x * 2);
console.log(mapped.length, 1 in mapped, mapped.join(","));
const visited = [];
h.forEach((v, i) => visited.push(i));
console.log(visited.join(","), h.filter(x => true).length);
// filter uses truthiness of the result
const mixed = [0, 1, "", "a", null, undefined, NaN, [], {}, false, true, -0];
console.log(mixed.filter(x => x).length, mixed.filter(Boolean).length);
// callbacks modifying the array: forEach uses the initial length
const grow = [1, 2, 3];
let seen = 0;
grow.forEach(v => { seen++; if (grow.length < 10) grow.push(v * 10); });
console.log(seen, grow.join(","));
const shrink = [1, 2, 3, 4, 5];
const seenShrink = [];
shrink.forEach(v => { seenShrink.push(v); if (v === 2) shrink.pop(); });
console.log(seenShrink.join(","), shrink.length);
const changeAhead = [1, 2, 3];
const seenChange = [];
changeAhead.forEach((v, i) => { seenChange.push(v); if (i === 0) changeAhead[2] = 30; });
console.log(seenChange.join(","));
// chained operations
const words = ["alpha", "beta", "gamma", "delta", "epsilon"];
console.log(words.filter(w => w.length === 5).map(w => w.toUpperCase()).join(" "));
console.log(words.map(w => w.length).filter(n => n % 2).map(n => n * n).join("+"));
// map with index to build objects
const objs = words.map((w, i) => ({ i: i, w: w }));
console.log(objs[3].i, objs[3].w, objs.length);
// non-callable callbacks
try { a.map(5); } catch (e) { console.log(e.constructor.name, e.message); }
try { a.forEach(); } catch (e) { console.log(e.constructor.name, e.message); }
try { a.filter("x"); } catch (e) { console.log(e.constructor.name, e.message); }
try { a.map({}); } catch (e) { console.log(e.constructor.name, e.message); }
// array-likes
const like = { length: 3, 0: "x", 1: "y", 2: "z" };
console.log(Array.prototype.map.call(like, s => s + s).join(","));
console.log(Array.prototype.map.call("abc", c => c.charCodeAt(0)).join(","));
// map returning undefined
console.log([1, 2].map(() => {}).join("|"), [1, 2].map(() => {}).length);
// sum via forEach closure
let total = 0;
[10, 20, 30].forEach(v => { total += v; });
console.log(total);
