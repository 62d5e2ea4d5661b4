// The errors around BigInts, with V8's messages.
const cases = [
  () => 1n + 1, () => 1 - 1n, () => 2n * 1.5, () => 1n / 1, () => 1n % 1, () => 2n ** 2, () => 1n & 1, () => 1n | 0, () => 1n ^ 1, () => 1n << 1, () => 1n >> 1,
  () => 1n >>> 1n, () => 1n >>> 0, () => +1n, () => 1n / 0n, () => 1n % 0n, () => 2n ** -1n, () => 1n << (2n ** 40n),
  () => Math.abs(1n), () => Math.max(1, 2n), () => isNaN(1n), () => new Array(1n), () => [1, 2].slice(1n), () => new Date(1n),
  () => BigInt(undefined), () => BigInt(null), () => BigInt(Symbol('s')), () => BigInt('1.5'), () => BigInt('1n'), () => BigInt('1_000'), () => BigInt('abc'), () => BigInt('-0x1'), () => BigInt({}),
  () => BigInt(1.5), () => BigInt(NaN), () => BigInt(Infinity), () => BigInt(-0.1), () => new BigInt(1),
  () => BigInt.asIntN(-1, 1n), () => BigInt.asIntN(2 ** 53, 1n), () => BigInt.asIntN(1, 1), () => BigInt.asUintN(2 ** 40, -1n),
  () => BigInt.prototype.toString.call(1), () => BigInt.prototype.valueOf.call('x'), () => BigInt.prototype.toLocaleString.call({}), () => (1n).toString(1), () => (1n).toString(37),
  () => JSON.stringify(1n), () => JSON.stringify({ a: [2n] }), () => `${Symbol('x')}` + 1n, () => { let x = 1n; x += 1; return x; }, () => { const o = { n: 1n }; o.n -= 1; return o.n; },
];
for (const f of cases) {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
console.log(JSON.stringify({ a: 1n, b: [2n] }));
delete BigInt.prototype.toJSON;
let t = 1n;
t = t - 1;
