// Benchmark: floating-point loop, 5e7 terms of the Leibniz series for pi plus a
// Math.sqrt per iteration.
let sum = 0;
let roots = 0;
let sign = 1;
for (let i = 0; i < 5e7; i++) {
  sum += sign / (2 * i + 1);
  sign = -sign;
  roots += Math.sqrt(i);
}
console.log((4 * sum).toFixed(12));
console.log(Math.round(roots));
