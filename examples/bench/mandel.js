// Benchmark: Mandelbrot escape counts summed over a 600x400 grid (pure numbers).
function escape(cr, ci, limit) {
  let zr = 0, zi = 0, i = 0;
  while (i < limit && zr * zr + zi * zi <= 4) {
    const t = zr * zr - zi * zi + cr;
    zi = 2 * zr * zi + ci;
    zr = t;
    i++;
  }
  return i;
}
const W = 600, H = 400, LIMIT = 500;
let total = 0;
for (let y = 0; y < H; y++) {
  const ci = -1.2 + (2.4 * y) / H;
  for (let x = 0; x < W; x++) {
    total += escape(-2.2 + (3.2 * x) / W, ci, LIMIT);
  }
}
console.log(total);
