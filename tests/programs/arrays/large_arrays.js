// Large arrays: 100k pushes, numeric work, nested arrays, growing and shrinking.
const n = 100000;
const a = [];
for (let i = 0; i < n; i++) a.push(i * 2);
let s = 0;
for (let i = 0; i < a.length; i++) s += a[i];
console.log(a.length, s, a[n - 1]);
// preallocated with new Array then filled
const b = new Array(n);
for (let i = 0; i < n; i++) b[i] = i % 7;
console.log(b.length, b.reduce((x, y) => x + y, 0));
// sieve of Eratosthenes
const limit = 50000;
const sieve = [];
for (let i = 0; i <= limit; i++) sieve.push(true);
sieve[0] = sieve[1] = false;
for (let i = 2; i * i <= limit; i++) if (sieve[i]) for (let j = i * i; j <= limit; j += i) sieve[j] = false;
const primes = [];
for (let i = 0; i <= limit; i++) if (sieve[i]) primes.push(i);
console.log(primes.length, primes.slice(-3).join(","));
// array of arrays (matrix multiply)
function matrix(rows, cols, f) {
  const m = [];
  for (let r = 0; r < rows; r++) { const row = []; for (let c = 0; c < cols; c++) row.push(f(r, c)); m.push(row); }
  return m;
}
const A = matrix(30, 30, (r, c) => (r + c) % 5);
const B = matrix(30, 30, (r, c) => (r * c) % 3);
const C = matrix(30, 30, (r, c) => { let t = 0; for (let k = 0; k < 30; k++) t += A[r][k] * B[k][c]; return t; });
let trace = 0;
for (let i = 0; i < 30; i++) trace += C[i][i];
console.log(trace, C[29].join(",").length, C[3][7]);
// array of doubles
const d = [];
for (let i = 0; i < 1000; i++) d.push(Math.sqrt(i));
console.log(d.reduce((x, y) => x + y).toFixed(6));
// shrinking with length and pop
a.length = 10;
console.log(a.join(","));
while (a.length) a.pop();
console.log(a.length, a[0]);
// strings in arrays
const parts = [];
for (let i = 0; i < 5000; i++) parts.push(String.fromCharCode(97 + (i % 26)));
const joined = parts.join("");
console.log(joined.length, joined.slice(0, 30));
// map/filter over large arrays
const evens = b.filter(x => x % 2 === 0).length;
const mapped = b.map(x => x * x);
console.log(evens, mapped[n - 1], mapped.length);
// sort 20000 numbers numerically
const r = [];
let seed = 12345;
for (let i = 0; i < 20000; i++) { seed = (seed * 75 + 74) % 65537; r.push(seed); }
r.sort((x, y) => x - y);
let ok = true;
for (let i = 1; i < r.length; i++) if (r[i - 1] > r[i]) ok = false;
console.log(ok, r[0], r[10000], r[19999]);
