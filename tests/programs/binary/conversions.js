// Every element type's conversion of the same inputs: wrapping, clamping
// (ties to even), Float32 rounding, NaN, -0, infinities, strings, objects.
const inputs = [0, -0, 1, -1, 1.5, 2.5, -1.5, 127, 128, 255, 256, 257, -129, 32767, 32768, 65535,
  65536, 2147483647, 2147483648, 4294967295, 4294967296, -2147483649, 1e20, -1e20, 0.1, 1 / 3,
  NaN, Infinity, -Infinity, '12', ' 7 ', 'x', '', true, false, null, undefined, [5], {},
  { valueOf() { return 42.7; } }, 3.4028235677973366e38, 1e-46, 254.5, 253.5, 0.5, 0.49999];
const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array];
for (const T of types) {
  const a = new T(inputs.length);
  inputs.forEach((v, i) => { a[i] = v; });
  console.log(T.name, T.BYTES_PER_ELEMENT, Array.from(a).map((x) => Object.is(x, -0) ? '-0' : String(x)).join(' '));
}
// the same through the constructor and set()
console.log(new Uint8ClampedArray([1.5, 2.5, -3, 300, NaN]));
console.log(new Int8Array([200, -200, 1000]));
const f = new Float32Array(2);
f.set([0.1, 16777217]);
console.log(f[0], f[1], f[0] === 0.1);
