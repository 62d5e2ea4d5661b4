// Newton's method for square roots and cube roots, compared with Math.
function newtonSqrt(x) {
  if (x === 0) return 0;
  let g = x > 1 ? x / 2 : 1;
  for (let i = 0; i < 100; i++) {
    const next = (g + x / g) / 2;
    if (next === g) break;
    g = next;
  }
  return g;
}
function newtonCbrt(x) {
  let g = x > 1 ? x / 3 : 1;
  for (let i = 0; i < 200; i++) {
    const next = (2 * g + x / (g * g)) / 3;
    if (Math.abs(next - g) < 1e-15 * g) return next;
    g = next;
  }
  return g;
}
for (let x = 1; x <= 1e6; x *= 10) {
  const s = newtonSqrt(x);
  console.log(x, s, Math.abs(s - Math.sqrt(x)) <= 1e-9 * Math.sqrt(x));
}
console.log(newtonSqrt(2), newtonSqrt(0.25), newtonSqrt(0));
console.log(newtonCbrt(27).toFixed(12), newtonCbrt(1000).toFixed(12), newtonCbrt(2).toFixed(12));
