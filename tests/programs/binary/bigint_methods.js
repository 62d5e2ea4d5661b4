// %TypedArray%.prototype methods, from/of and species on BigInt arrays.
const a = BigInt64Array.of(3n, -1n, 10n, 0n, -20n, 3n);
console.log(a.join(), a.join(" | "), a.toString(), a.toLocaleString());
console.log(a.indexOf(3n), a.lastIndexOf(3n), a.indexOf(3), a.includes(10n), a.includes(10), a.includes(-20n, -1));
console.log(a.at(-1), a.find((x) => x < 0n), a.findIndex((x) => x > 5n), a.findLast((x) => x > 0n), a.findLastIndex((x) => x === 0n));
console.log(a.every((x) => typeof x === "bigint"), a.some((x) => x > 100n));
console.log(a.reduce((s, x) => s + x), a.reduceRight((s, x) => s + String(x), ""));
console.log(a.map((x) => x * 2n));
try {
  a.map((x) => 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(a.filter((x) => x > 0n));
console.log(a.slice(1, 4), a.subarray(2), a.subarray(-2).byteOffset);
console.log(a.toSorted(), a.toReversed(), a.with(0, 99n), a.with(-1, -1n));
try {
  a.with(0, 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(a.toSorted((x, y) => (x < y ? 1 : x > y ? -1 : 0)));
const b = new BigUint64Array([5n, 2n ** 64n - 1n, 0n, 2n ** 63n]);
b.sort();
console.log(b);
const c = a.slice();
c.reverse();
console.log(c);
c.fill(7n, 1, 3);
console.log(c);
try {
  c.fill(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
c.copyWithin(0, 3);
console.log(c);
console.log([...a.entries()].slice(0, 2), [...a.keys()].length, [...a.values()].length);
const seen = [];
a.forEach((x, i) => seen.push(`${i}:${x}`));
console.log(seen.join(" "));
console.log(BigUint64Array.from([1n, 2n, 3n], (x) => x ** 40n));
console.log(BigInt64Array.from({ length: 2, 0: "7", 1: true }));
try {
  BigInt64Array.from([1, 2]);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
class Mixed extends BigInt64Array {
  static get [Symbol.species]() {
    return Int8Array;
  }
}
try {
  new Mixed(2).slice();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
class Sub extends BigUint64Array {}
const s = new Sub(3);
s[1] = 9n;
console.log(s, s.map((x) => x + 1n) instanceof Sub);
console.log(Array.from(a), Array.prototype.map.call(a, (x) => typeof x).join());
console.log(JSON.stringify(Object.entries(new BigUint64Array(0))));
