// console.log of BigInts: top level, nested, wrappers, format directives.
console.log(1n);
console.log(-12345678901234567890n, 0n);
console.log([1n, [2n, { three: 3n }]], { big: 2n ** 128n });
console.log(Object(5n), [Object(-1n)], { w: Object(0n) });
const w = Object(7n);
w.extra = true;
console.log(w);
console.log('%s %d %i %o %O', 12n, 34n, 56n, 78n, 90n);
console.log('%s', Object(3n), 'x' + 1n);
console.log(new Map([[1n, 2n]]), new Set([3n, -3n]));
console.error(99n);
console.log(String([1n, 2n]), [1n, 2n].toString(), `${[3n]}`);
