// Compiled element access on BigInt arrays goes through the runtime: reads
// give BigInts, writes take BigInts, number writes throw, and `length` is inline.
function sum(t) {
  let s = 0n;
  for (let i = 0; i < t.length; i++) s += t[i];
  return s;
}
function fill(t, v) {
  for (let i = 0; i < t.length; i++) t[i] = v + BigInt(i);
}
const a = new BigInt64Array(5);
const u = new BigUint64Array(5);
fill(a, -3n);
fill(u, 2n ** 64n - 2n);
console.log(a, u, sum(a), sum(u));
function put(t, i, v) {
  t[i] = v;
  return t[i];
}
const f = new Float64Array(2);
console.log(put(f, 0, 1.5), put(a, 0, 7n), put(u, 1, -1n), put(a, 9, 1n));
try {
  put(a, 0, 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  put(f, 0, 1n);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
let x = 0n;
for (let k = 0; k < 1000; k++) {
  const t = new BigInt64Array(3);
  t[k % 3] = BigInt(k) * 10n ** 15n;
  x += t[k % 3];
}
console.log(x, a[0] === 7n, a[0] + 1n, typeof u[4]);
