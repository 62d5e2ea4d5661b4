// Bitwise operators and shifts on BigInts (two's complement on infinite
// width), asIntN/asUintN.
const vals = [0n, 1n, -1n, 5n, -5n, 255n, -256n, 2n ** 70n, -(2n ** 70n) - 3n];
for (const a of vals) {
  const row = [];
  for (const b of vals) row.push(a & b, a | b, a ^ b);
  console.log(String(~a), row.join(' '));
}
for (const a of [1n, -1n, 5n, -5n, 2n ** 70n, -(2n ** 70n)]) {
  console.log([0n, 1n, 3n, 63n, 64n, 100n, -1n, -3n, -100n].map((s) => `${a << s}/${a >> s}`).join(' '));
}
console.log(1n << 1000n > 0n, -1n >> 1000n, 1n >> 1000n, (-1n) << 0n);
for (const n of [0, 1, 2, 7, 8, 63, 64, 65, 128]) {
  console.log(n, BigInt.asIntN(n, 255n), BigInt.asUintN(n, 255n), BigInt.asIntN(n, -255n), BigInt.asUintN(n, -255n), BigInt.asIntN(n, 2n ** 64n + 5n), BigInt.asUintN(n, -(2n ** 64n) - 1n));
}
console.log(BigInt.asUintN(64, -1n), BigInt.asIntN(64, 2n ** 63n), BigInt.asIntN(2 ** 40, 123n), BigInt.asUintN(2 ** 40, 123n), BigInt.asIntN('8', 128n), BigInt.asUintN(8, true));
