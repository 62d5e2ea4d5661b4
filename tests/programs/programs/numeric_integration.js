// Numerical integration with the trapezoid and Simpson rules.
function trapezoid(f, a, b, n) {
  const h = (b - a) / n;
  let sum = (f(a) + f(b)) / 2;
  for (let i = 1; i < n; i++) sum += f(a + i * h);
  return sum * h;
}
function simpson(f, a, b, n) {
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i++) sum += f(a + i * h) * (i % 2 === 0 ? 2 : 4);
  return (sum * h) / 3;
}
const square = (x) => x * x;
const inverse = (x) => 1 / x;
const gauss = (x) => Math.exp((-x * x) / 2);
console.log("x^2 on [0,3]:", trapezoid(square, 0, 3, 1000).toFixed(6), simpson(square, 0, 3, 1000).toFixed(6));
console.log("1/x on [1,e]:", trapezoid(inverse, 1, Math.E, 10000).toFixed(8), simpson(inverse, 1, Math.E, 10000).toFixed(8));
const g = simpson(gauss, -8, 8, 20000);
console.log("gaussian:", g.toFixed(10), "sqrt(2pi):", Math.sqrt(2 * Math.PI).toFixed(10));
console.log("error below 1e-9:", Math.abs(g - Math.sqrt(2 * Math.PI)) < 1e-9);
let n = 4;
while (Math.abs(trapezoid(square, 0, 1, n) - 1 / 3) > 1e-6) n *= 2;
console.log("trapezoid needs", n, "intervals for 1e-6 on x^2");
