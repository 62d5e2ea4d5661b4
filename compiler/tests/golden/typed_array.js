// Typed arrays of a known element type (`new Float64Array(n)`, parameters
// always passed one): `a[i]` is an index conversion, a bounds check and one
// load with no kind dispatch, unboxed as an operand of `*` (out of bounds:
// NaN, from the runtime's read); `a.length` is the shape guard and one
// load; `h ^= bytes[i]` XORs the byte as an int (no double); and
// `Math.imul(h, 16777619) >>> 0` converts neither the constant nor imul's
// result through a double.
function dot(a, b) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
function fnv(bytes) {
  let h = 2166136261;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}
const x = new Float64Array(3);
const y = new Float64Array(3);
const u = new Uint8Array(3);
for (let i = 0; i < 3; i++) {
  x[i] = i + 0.5;
  y[i] = 2 * i;
  u[i] = i * 100;
}
console.log(dot(x, y), fnv(u));
