// util.isDeepStrictEqual: the strict comparison assert.deepStrictEqual uses.
const util = require('util');
const cases = [
  [1, 1], [0, -0], [NaN, NaN], ['a', 'a'], [1, '1'], [null, undefined],
  [{ a: 1, b: 2 }, { b: 2, a: 1 }], [{ a: 1 }, { a: 1, b: undefined }], [[1, 2], [1, 2]], [[1, , 3], [1, undefined, 3]],
  [new Date(1), new Date(1)], [/x/g, /x/g], [/x/g, /x/m], [new Map([[1, [2]]]), new Map([[1, [2]]])],
  [new Set([[1]]), new Set([[1]])], [new Set([1, 2]), new Set([2, 1])], [Object.create(null), {}],
  [new Uint8Array([1]), new Uint8Array([1])], [new Uint8Array([1]), new Int8Array([1])],
  [new Error('e'), new Error('e')], [new Error('e'), new Error('f')], [new String('x'), new String('x')],
  [new Number(NaN), new Number(NaN)], [[1], { 0: 1, length: 1 }],
];
cases.forEach(([a, b], i) => console.log(i, util.isDeepStrictEqual(a, b), util.isDeepStrictEqual(b, a)));
const a = { x: [1] };
a.self = a;
const b = { x: [1] };
b.self = b;
console.log(util.isDeepStrictEqual(a, b));
