// NaN and Infinity arithmetic and comparisons.
console.log(0 / 0, 1 / 0, -1 / 0);
console.log(Infinity - Infinity, Infinity * 0, Infinity / Infinity);
console.log(Infinity + 1, -Infinity - 1, Infinity * -1);
console.log(NaN === NaN, NaN == NaN, NaN !== NaN);
console.log(NaN < 1, NaN > 1, NaN <= NaN, NaN >= NaN);
console.log(isNaN(NaN), isNaN("abc"), isNaN("12"), isNaN(undefined), isNaN(null));
console.log(Number.isNaN(NaN), Number.isNaN("abc"), Number.isNaN(undefined));
console.log(isFinite(1), isFinite(Infinity), isFinite("5"), isFinite(NaN), isFinite(null));
console.log(Number.isFinite(1), Number.isFinite("5"), Number.isFinite(-Infinity));
console.log(Infinity > 1e308, -Infinity < -1e308);
console.log(NaN ** 0, 1 ** NaN, 0 ** 0);
console.log(1 / Infinity, -1 / Infinity);
console.log(Math.max(), Math.min());
