// Code the compiler types and specialises: operands of unknown type that
// turn out to be BigInts must not be treated as numbers (unary minus, ~,
// ++/-- on bindings, parameters, properties, captured variables; results
// of -, *, / of two unknowns; loops whose counter is a BigInt).
function neg(x) { return -x; }
function inv(x) { return ~x; }
function inc(x) { x++; return x; }
function dec(x) { return --x; }
function sub(a, b) { return a - b; }
function mul3(a) { return a * a * a; }
function half(a, b) { const r = a / b; return r; }
function shifts(a, b) { return [a << b, a >> b, a & b, a | b, a ^ b]; }
function post(o) { const old = o.v++; return [old, o.v]; }
for (const v of [5, 5n, -3n, 2n ** 70n, '7', true]) {
  console.log(typeof v, String(neg(v)), String(inv(v)), String(inc(v)), String(dec(v)), String(mul3(v)));
}
console.log(sub(10n, 3n), sub(10, 3), half(7n, 2n), half(7, 2), shifts(12n, 2n).join(), shifts(12, 2).join());
console.log(post({ v: 1n }).join(), post({ v: 1 }).join(), post({ v: '1' }).join());
let captured = 10n;
const bump = () => { captured++; captured *= 2n; return captured; };
console.log(bump(), bump(), captured);
let total = 0n;
for (let k = 10n; k > 0n; k--) total += k;
console.log(total);
let mixed = 0;
for (let k = 0; k < 5; k++) mixed += k;
console.log(mixed);
function poly(x) { let y = x; y = y * y + y; y -= 1; return y; }
console.log(poly(3));
try { console.log(poly(3n)); } catch (e) { console.log(e.message); }
function pick(flag) { return flag ? 3n : 3; }
console.log(pick(true) * pick(true), pick(false) * pick(false), pick(true) == pick(false), pick(true) === pick(false));
class Counter { constructor() { this.n = 0n; } tick() { this.n++; this.n += 1n; return this.n; } }
const c = new Counter();
c.tick(); c.tick();
console.log(c.tick(), c.n);
const arr = [1n, 2n, 3n];
arr[1]++;
arr[2] **= 3n;
console.log(arr, arr.map((v) => v * 2n), arr.reduce((a, b) => a + b, 0n));
