// Arithmetic on BigInts: truncating division and remainder, exponent,
// unary minus, ++/--, compound assignment, small and huge operands, and
// the same operators reached through unknown-typed bindings.
const vals = [0n, 1n, -1n, 7n, -7n, 2n, 3n, 9223372036854775807n, -9223372036854775808n, 2n ** 64n, -(2n ** 100n) + 1n];
for (const a of vals) {
  const row = [];
  for (const b of vals) {
    row.push(a + b, a - b, a * b);
    if (b !== 0n) row.push(a / b, a % b);
  }
  console.log(row.join(' '));
}
console.log(2n ** 0n, 0n ** 0n, (-2n) ** 3n, (-2n) ** 64n, 10n ** 30n, 1n ** 1000000n, (-1n) ** 1000001n, 0n ** 5n);
let i = 0n;
i++; i++; ++i; i--;
console.log(i, i++, i, ++i, i--, --i, -i, - -i);
let c = 10n;
c += 5n; c -= 3n; c *= 4n; c /= 5n; c %= 7n; c **= 10n;
console.log(c);
const o = { n: 1n, m: [2n] };
o.n++; ++o.n; o.n += 10n; o.m[0] *= 21n; o.m[0]--;
console.log(o.n, o.m[0]);
function f(a, b) { return a * b - a / b; }
console.log(f(6n, 4n), f(6, 4), f(-6n, 4n));
function fact(n) { return n <= 1n ? 1n : n * fact(n - 1n); }
console.log(fact(30n), String(fact(200n)).length);
function sum(list) { let s = list[0] - list[0]; for (const v of list) s += v; return s; }
console.log(sum([1n, 2n, 3n]), sum([1, 2, 3]));
let acc = 0n;
for (let k = 0n; k < 100n; k++) acc += k * k;
console.log(acc);
let fib = [0n, 1n];
for (let k = 0; k < 150; k++) fib = [fib[1], fib[0] + fib[1]];
console.log(fib[0]);
