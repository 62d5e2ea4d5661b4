// Fractions print with the shortest string that round-trips.
console.log(0.1, 0.2, 0.1 + 0.2);
console.log(1 / 3, 2 / 3, 10 / 3);
console.log(0.5, 0.25, 0.125, -0.75);
console.log(1.5, 100.25, 3.14159);
console.log(123.456, 0.001, 0.0001);
console.log(1.1 * 1.1, 0.7 * 3, 4.35 * 100);
console.log(9.95, 1.005, 2.675);
console.log(5e-324, 2.2250738585072014e-308);
console.log(1.7976931348623157e308);
console.log(123456.789e3, 0.1e-2);
