// Subclasses of typed arrays: construction, species in map/filter/slice/subarray, printing.
class Bytes extends Uint8Array {
  sum() { return this.reduce((s, x) => s + x, 0); }
}
const b = new Bytes([1, 2, 3]);
console.log(b, b.sum(), b instanceof Uint8Array, b.constructor.name);
const m = b.map((x) => x * 2);
console.log(m instanceof Bytes, m, b.filter((x) => x > 1) instanceof Bytes, b.slice(1) instanceof Bytes, b.subarray(1) instanceof Bytes);
console.log(b.toReversed() instanceof Bytes, b.toSorted() instanceof Bytes, b.with(0, 9) instanceof Bytes);
class Plain extends Float64Array { static get [Symbol.species]() { return Float64Array; } }
const p = new Plain([1.5, 2.5]);
console.log(p.map((x) => x).constructor.name, p.slice().constructor.name, p);
const from = Bytes.from([4, 5]);
console.log(from instanceof Bytes, Bytes.of(7, 8), from.sum());
let calls = 0;
class Counting extends Int32Array { constructor(...args) { calls++; super(...args); } }
new Counting(3).map((x) => x);
console.log(calls);
class Small extends Uint8Array { static get [Symbol.species]() { return function () { return new Uint8Array(1); }; } }
try { new Small(4).map((x) => x); } catch (e) { console.log(e.constructor.name, e.message); }
class Custom extends Uint16Array {}
console.log(Object.getPrototypeOf(Custom) === Uint16Array, new Custom(2).length);
// a species constructor returning a view that overlaps the source: slice copies bytes ascending
const ov = new Int16Array([10, 20, 30, 40, 50, 60]);
ov.constructor = { [Symbol.species]: function () { return new Int16Array(ov.buffer, 4); } };
console.log(ov.slice(1, 4), Array.from(ov));
