// sqrt, cbrt, pow, exp, expm1, log, log1p, log2, log10.
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1), Math.sqrt(-0), Math.sqrt(Infinity));
console.log(Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2));
console.log(Math.pow(2, 10), Math.pow(2, 0.5), Math.pow(-8, 1 / 3), Math.pow(NaN, 0), Math.pow(1, Infinity));
console.log(Math.exp(0), Math.exp(1), Math.exp(-1), Math.exp(710));
console.log(Math.expm1(0), Math.expm1(1e-10), Math.log1p(1e-10));
console.log(Math.log(1), Math.log(Math.E), Math.log(0), Math.log(-1), Math.log(10));
console.log(Math.log2(8), Math.log2(1024), Math.log2(3), Math.log10(1000), Math.log10(2));
console.log(Math.sqrt(1e-300), Math.pow(10, 308), Math.pow(10, 309));
