// An ASCII Mandelbrot set, computed with plain floating-point loops.
const chars = " .:-=+*#%@";
let total = 0;
for (let row = 0; row < 16; row++) {
  let line = "";
  const ci = -1.2 + (row * 2.4) / 15;
  for (let col = 0; col < 48; col++) {
    const cr = -2.1 + (col * 2.8) / 47;
    let zr = 0, zi = 0, i = 0;
    while (i < 50 && zr * zr + zi * zi <= 4) {
      const t = zr * zr - zi * zi + cr;
      zi = 2 * zr * zi + ci;
      zr = t;
      i++;
    }
    total += i;
    line += chars[i === 50 ? 9 : i % 9];
  }
  console.log(line.trimEnd());
}
console.log("total iterations:", total);
