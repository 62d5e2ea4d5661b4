// sort (default numeric order with -0, NaN; comparators, stability, throwing
// comparators) and the search methods on every kind of element.
console.log(new Float64Array([5, NaN, -0, 0, -Infinity, 1e-300, -5, NaN, Infinity]).sort());
console.log(new Int32Array([3, -1, 2, -1, 0]).sort(), new Uint32Array([4294967295, 0, 7]).sort());
const stable = new Uint8Array([21, 12, 11, 22, 31, 13]).sort((a, b) => (a % 10) - (b % 10));
console.log(stable);
console.log(new Int8Array([1, 2, 3]).sort(() => NaN), new Int8Array([1, 2, 3]).sort((a, b) => b > a));
try { new Uint8Array([2, 1]).sort(() => { throw new Error('cmp'); }); } catch (e) { console.log(e.message); }
const calls = [];
new Uint8Array([3, 1, 2]).sort((a, b) => { calls.push(a + '' + b); return a - b; });
console.log(calls.length > 0);
const f = new Float32Array([0.1, -0, 0, NaN]);
console.log(f.indexOf(0), f.lastIndexOf(-0), f.includes(-0), f.indexOf(NaN), f.includes(NaN), f.indexOf(0.1), f.includes(0.1), f.indexOf(Math.fround(0.1)));
console.log(new Uint8Array([1, 2, 1]).indexOf(1, 1), new Uint8Array([1, 2, 1]).lastIndexOf(1, -2), new Uint8Array([1]).indexOf('1'), new Uint8Array([1]).includes(1, 5));
console.log(new Int16Array([1, 2, 3]).findLast((x) => x < 3), new Int16Array([1, 2, 3]).findLastIndex((x) => x > 5), new Int16Array(0).at(0));
console.log(new Uint8Array([250, 5]).toSorted(), new Uint8Array([250, 5]).toSorted((a, b) => b - a), new Uint8Array([1, 2, 3]).toReversed());
