// reduce and reduceRight: initial values, holes, empty arrays, accumulating objects.
const a = [1, 2, 3, 4];
console.log(a.reduce((acc, x) => acc + x), a.reduce((acc, x) => acc + x, 10), a.reduce((acc, x) => acc + x, ""));
console.log(a.reduceRight((acc, x) => acc + x, ""), a.reduceRight((acc, x) => acc * x));
const steps = [];
a.reduce((acc, x, i, arr) => { steps.push(acc + ":" + x + ":" + i + ":" + (arr === a)); return acc + x; });
console.log(steps.join(" "));
const stepsR = [];
a.reduceRight((acc, x, i) => { stepsR.push(acc + ":" + x + ":" + i); return acc + x; });
console.log(stepsR.join(" "));
// single element without initial value: callback not called
let called = false;
console.log([42].reduce(() => { called = true; return 0; }), called);
console.log([].reduce((a, b) => a + b, "init"));
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.constructor.name, e.message); }
try { [].reduceRight((a, b) => a + b); } catch (e) { console.log(e.constructor.name, e.message); }
try { [, , ].reduce((a, b) => a + b); } catch (e) { console.log(e.constructor.name, e.message); }
try { a.reduce(); } catch (e) { console.log(e.constructor.name, e.message); }
// holes are skipped
const h = [, 1, , 2, ];
const hs = [];
console.log(h.reduce((acc, x, i) => { hs.push(i); return acc + x; }), hs.join(","));
// building objects
const words = ["a", "bb", "a", "ccc", "bb", "a"];
const counts = words.reduce((acc, w) => { acc[w] = (acc[w] || 0) + 1; return acc; }, {});
console.log(Object.keys(counts).map(k => k + "=" + counts[k]).join(","));
const byLen = words.reduce((acc, w) => { (acc[w.length] = acc[w.length] || []).push(w); return acc; }, {});
console.log(Object.keys(byLen).map(k => k + ":" + byLen[k].join("")).join(" "));
// flatten one level
const nested = [[1, 2], [3], [], [4, [5]]];
const flat = nested.reduce((acc, x) => acc.concat(x), []);
console.log(flat.length, flat.join(","));
// max / min
const nums = [5, -2, 17, 3, 17, 0];
console.log(nums.reduce((m, x) => x > m ? x : m), nums.reduce((m, x) => Math.min(m, x), Infinity));
// compose functions with reduceRight
const fns = [x => x + 1, x => x * 2, x => x - 3];
console.log(fns.reduceRight((acc, f) => f(acc), 10), fns.reduce((acc, f) => f(acc), 10));
// sum of a large array
const big = [];
for (let i = 1; i <= 10000; i++) big.push(i);
console.log(big.reduce((s, x) => s + x, 0));
// reduce on array-like / string
console.log(Array.prototype.reduce.call("abc", (acc, c) => c + acc, ""));
console.log(Array.prototype.reduce.call({ length: 2, 0: 5, 1: 6 }, (x, y) => x * y));
