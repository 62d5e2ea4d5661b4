// Floating-point results that expose double rounding.
console.log(0.1 + 0.2 === 0.3);
console.log(0.1 * 3, 0.3 / 0.1, 1.1 + 2.2);
console.log(9007199254740992 + 1, 9007199254740992 + 2);
console.log(1e16 + 1, 1e16 + 2);
console.log(100 * 1.1, 3 * 1.1);
console.log(1 - 0.9, 0.3 - 0.1);
console.log(2 / 3 * 3, 1 / 49 * 49);
console.log(5 % 3, -5 % 3, 5 % -3, 5.5 % 2, -0 % 5, 5 % 0, Infinity % 2, 2 % Infinity);
console.log(123456789 * 987654321);
console.log(1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300);
let sum = 0;
for (let i = 0; i < 10; i++) sum += 0.1;
console.log(sum, sum === 1);
