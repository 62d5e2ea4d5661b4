// BigInt arithmetic (issue #20's benchmark): the factorial of 2000, then
// 10^6 additions of small BigInts.
let f = 1n;
for (let i = 1n; i <= 2000n; i++) f *= i;
let s = 0n;
const one = 1n;
for (let i = 0; i < 1000000; i++) s = s + one + BigInt(i & 7);
console.log(f.toString().length, f % 1000000007n, s);
