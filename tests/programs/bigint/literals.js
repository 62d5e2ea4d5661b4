// BigInt literals in every radix, with separators, huge and zero; typeof;
// printing at top level and nested.
console.log(0n, -0n, 1n, 123n, 0x1Fn, 0XFFn, 0o17n, 0O7n, 0b101n, 0B1n, 1_000_000n, 0xdead_beefn);
console.log(123456789012345678901234567890n, -98765432109876543210n, 0xffffffffffffffffffffffffffffffffn);
console.log(typeof 1n, typeof -1n, typeof 0n, typeof Object(1n));
console.log([1n, -2n, 0n], { a: 1n, b: [2n] }, new Set([3n]), new Map([[4n, 5n]]));
console.log(String(1n), `${-2n}`, '' + 3n, [4n, 5n].join('+'), JSON.stringify(String(6n)));
console.log(9007199254740993n, 2n ** 53n + 1n, Number(9007199254740993n), BigInt(9007199254740992));
const x = 18446744073709551615n;
console.log(x, x + 1n, -x - 1n, x.toString(16), x.toString(2).length);
console.log(-0n === 0n, Object.is(-0n, 0n), 1n == 1n, 10n === 10n, 10n === 11n);
