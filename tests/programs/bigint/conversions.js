// BigInt(), ToBigInt, toString(radix), toLocaleString, valueOf, Number(),
// wrappers, and property keys.
for (const v of [0, -0, 1, -1, 2 ** 53, 2 ** 64, -(2 ** 80), 1e21, Number.MAX_VALUE, true, false, '', ' 12 ', '-12', '+7', '0x1f', '0o17', '0b11', '00012', '\n 9 \t', 10n, Object(3n), { valueOf() { return 4n; } }, { toString() { return '5'; }, valueOf: null }, [6]]) {
  console.log(typeof v === 'object' ? 'object' : JSON.stringify(String(v)), BigInt(v));
}
for (const r of [2, 8, 10, 16, 36, undefined]) console.log(r, (255n).toString(r), (-255n).toString(r), (2n ** 100n).toString(r), (0n).toString(r));
console.log((1234567890123456789n).toLocaleString(), (-1234n).toLocaleString(), (999n).toLocaleString(), (0n).toLocaleString(), (1000n).toLocaleString());
console.log(Number(123n), Number(-(2n ** 64n)), Number(2n ** 1024n), Number(2n ** 53n + 1n), Number(2n ** 53n + 3n), parseInt('12n'), parseFloat(3n), Number(Object(7n)));
const w = Object(8n);
console.log(typeof w, w, w + 1n, w.valueOf() === 8n, w instanceof BigInt, Object.getPrototypeOf(w) === BigInt.prototype, Object.prototype.toString.call(1n), Object.prototype.toString.call(w));
console.log((5n).valueOf(), BigInt.prototype.valueOf.call(w), (10n).constructor === BigInt, BigInt.prototype[Symbol.toStringTag]);
const o = { [1n]: 'a', 2n: 'b', [-3n]: 'c' };
o[4n] = 'd';
console.log(o, o[1], o['2'], o['-3'], 4n in o, Object.keys(o));
const arr = ['x', 'y', 'z'];
console.log(arr[1n], arr[2n], arr.at(-1));
console.log(BigInt.length, BigInt.name, BigInt.asIntN.length, BigInt.asUintN.length, BigInt.prototype.toString.length, typeof BigInt.prototype, Object.getOwnPropertyNames(BigInt.prototype).sort().join());
console.log(!!0n, !!-0n, !!1n, !!-1n, 0n ? 'truthy' : 'falsy', 0n || 'or', 1n && 'and', 0n ?? 'nullish');
