// BigInt64Array and BigUint64Array: construction, element conversion
// (ToBigInt64 / ToBigUint64 wrapping), printing, and the element type checks.
const a = new BigInt64Array([1n, -2n, 2n ** 63n, 2n ** 64n + 5n, -(2n ** 63n) - 1n]);
console.log(a);
console.log(a.length, a.byteLength, BigInt64Array.BYTES_PER_ELEMENT, BigUint64Array.BYTES_PER_ELEMENT);
const u = new BigUint64Array([1n, -1n, 2n ** 64n, 2n ** 70n + 3n]);
console.log(u);
console.log(new BigUint64Array(2), new BigInt64Array(0));
console.log(typeof a[0], a[1], u[1], a[10]);
a[0] = 123456789012345678901234567890n;
u[0] = -5n;
console.log(a[0], u[0]);
a[0] = true;
u[1] = "0x10";
console.log(a[0], u[1]);
for (const bad of [1, 1.5, undefined, null, Symbol.iterator, "1.5", {}]) {
  try {
    a[0] = bad;
    console.log("no error", bad);
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
try {
  new BigInt64Array([1, 2]);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// out-of-bounds writes still convert (and throw)
try {
  a[100] = 1;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
a[100] = 1n;
console.log(a[100], Object.keys(a), JSON.stringify(Object.getOwnPropertyNames(u)));
// views over a shared buffer
const buf = new ArrayBuffer(16);
const i64 = new BigInt64Array(buf);
const u64 = new BigUint64Array(buf, 8, 1);
const bytes = new Uint8Array(buf);
i64[0] = -1n;
i64[1] = 258n;
console.log(bytes, u64, new BigUint64Array(buf));
try {
  new BigInt64Array(buf, 4);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  new BigInt64Array(new ArrayBuffer(12));
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// mixing content types
for (const [name, f] of [
  ["ctor big<-num", () => new BigInt64Array(new Int8Array(2))],
  ["ctor num<-big", () => new Float64Array(new BigUint64Array(2))],
  ["set big<-num", () => new BigInt64Array(2).set(new Uint8Array(1))],
  ["set num<-big", () => new Int32Array(2).set(new BigInt64Array(1))],
  ["set from array", () => new BigInt64Array(2).set([1, 2])],
]) {
  try {
    f();
    console.log(name, "ok");
  } catch (e) {
    console.log(name, e.constructor.name, e.message);
  }
}
// same content type conversions
console.log(new BigUint64Array(new BigInt64Array([-1n, 2n])));
console.log(new BigInt64Array(new BigUint64Array([2n ** 64n - 1n])));
const t = new BigInt64Array(4);
t.set(new BigUint64Array([2n ** 63n, 7n]), 1);
t.set([5n], 0);
console.log(t);
console.log(Object.prototype.toString.call(t), t[Symbol.toStringTag], String(t));
console.log(Object.getPrototypeOf(BigInt64Array) === Object.getPrototypeOf(Int8Array));
