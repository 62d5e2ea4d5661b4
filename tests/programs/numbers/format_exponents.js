// Exponent notation thresholds: below 1e-6 and at or above 1e21.
console.log(0.000001, 0.0000001, 0.00000123);
console.log(1e-6, 1e-7, 1.5e-7, 1e-100);
console.log(1e21, 1.5e21, 1.2345e25, 1e100, 1e300);
console.log(-1e-7, -2.5e30);
console.log(123e20, 123e19);
console.log(1e308 * 10, -1e308 * 10);
console.log(2 ** -20, 2 ** -30, 2 ** 80);
console.log(1 / 3e10, 7e-10);
console.log(String(1e-7), `${1e21}`, "" + 1.5e-9);
