// Integer-valued arithmetic stays exact within 2^53.
let a = 1;
for (let i = 0; i < 52; i++) a *= 2;
console.log(a, a * 2 - 1, a * 2);
let f = 1;
for (let i = 1; i <= 20; i++) f *= i;
console.log("20! =", f);
let g = 1;
for (let i = 1; i <= 25; i++) g *= i;
console.log("25! =", g);
console.log(7 / 2, Math.floor(7 / 2), (7 / 2) | 0, -7 / 2 | 0);
console.log(2147483647 + 1, (2147483647 + 1) | 0);
console.log(1000000007 * 1000000007);
console.log(((1000000007 * 1000000007) % 998244353));
