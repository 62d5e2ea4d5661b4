// Operator precedence and associativity.
console.log(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 10 - (4 - 3));
console.log(2 * 3 ** 2, -(2 ** 2), 100 / 10 / 5, 7 % 4 * 2);
console.log(1 + 2 + "3" + 4 + 5);
console.log(1 < 2 < 3, 3 > 2 > 1, 1 == 1 == 1, 2 == 2 == 2);
console.log(1 | 2 & 3, (1 | 2) & 3, 1 ^ 3 | 4, 5 & 3 ^ 1);
console.log(1 << 2 + 1, (1 << 2) + 1, 16 >> 2 >> 1, -16 >>> 28 >> 1);
console.log(!1 == 0, !(1 == 0), typeof 1 + 2, typeof (1 + 2));
console.log(true || false && false, (true || false) && false);
console.log((null ?? 0) || 5 === 5, 3 > 2 && 2 > 1 ? "yes" : "no");
let a = 1, b = 2;
console.log(a + b * a - b / a % 3, a++ + ++a * b--, a, b);
