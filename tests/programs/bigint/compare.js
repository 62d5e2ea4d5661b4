// Relational comparison and equality of BigInts with BigInts, numbers
// (fractions, infinities, NaN, huge doubles), strings, booleans, objects.
const bigs = [0n, 1n, -1n, 2n ** 64n, -(2n ** 64n), 9007199254740993n];
const others = [0, -0, 1, -1, 0.5, -0.5, 1.5, NaN, Infinity, -Infinity, 2 ** 64, 9007199254740992, '1', '-1', ' 2 ', '0x10', '1.5', 'abc', '', true, false, null, undefined, [1], { valueOf() { return 1n; } }];
for (const a of bigs) {
  const row = [];
  for (const b of others) row.push(`${a < b ? 1 : 0}${a > b ? 1 : 0}${a <= b ? 1 : 0}${a >= b ? 1 : 0}${a == b ? 1 : 0}${a === b ? 1 : 0}${b < a ? 1 : 0}${b == a ? 1 : 0}`);
  console.log(String(a), row.join(' '));
}
for (const a of bigs) console.log(bigs.map((b) => `${a < b ? '<' : a > b ? '>' : '='}${a == b ? 1 : 0}${a === b ? 1 : 0}`).join(' '));
console.log([3n, -1n, 10n, 2n].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)).join(','), [1n, 2n, 3n].includes(2n), [1n, 2n].indexOf(2n), [NaN, 1n].includes(1n));
console.log(Object.is(5n, 5n), Object.is(5n, 5), 1n != 1, 1n !== 1n, 2n != '2');
switch (3n) { case 3: console.log('number case'); break; case 3n: console.log('bigint case'); break; }
const m = new Map([[1n, 'one'], [-(2n ** 40n), 'neg'], [0n, 'zero']]);
console.log(m.get(1n), m.get(-(2n ** 40n)), m.get(0n), m.get(-0n), m.get(1), m.has(2n), new Set([1n, 1n, 1, 2n]).size);
