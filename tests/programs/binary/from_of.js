// TypedArray.from and .of: iterables, array-likes, map functions, strings,
// holes, custom constructors, and their errors.
console.log(Int16Array.from([1, , 3]), Float64Array.from({ length: 3 }), Uint8Array.from(new Set([5, 5, 6])));
console.log(Uint8Array.from('9z8'), Float32Array.from([1, 2], function (x, i) { return x * this.k + i; }, { k: 10 }));
function* g() { yield 1; yield '2'; yield true; }
console.log(Int8Array.from(g()), Uint16Array.of(1, -1, 65536), Float64Array.of(...'12'));
const seen = [];
Int8Array.from({ length: 2, 0: 'a', 1: 'b' }, (v, i) => { seen.push([v, i]); return i; });
console.log(seen);
class Mine extends Uint8Array {}
console.log(Mine.from([1]) instanceof Mine, Mine.of(2, 3).constructor.name, Object.getPrototypeOf(Int8Array).from === Int8Array.from);
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
t(() => Uint8Array.from(null)); t(() => Uint8Array.from([1], 'nope')); t(() => Uint8Array.from.call({}, [1]));
t(() => Uint8Array.of.call(function () { return {}; }, 1)); t(() => Uint8Array.from({ [Symbol.iterator]: 5 }));
t(() => Uint8Array.from({ [Symbol.iterator]() { return 1; } }));
t(() => Uint8Array.from([1, 2], (x) => { if (x === 2) throw new RangeError('map'); return x; }));
