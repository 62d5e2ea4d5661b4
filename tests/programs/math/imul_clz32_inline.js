// Math.imul(a, b) and Math.clz32(x) compile to ToInt32 and one integer
// instruction when the arguments are numbers; every other argument (and
// another number of arguments) goes through the builtin with its coercions.
const nums = [0, -0, 1, -1, 3.7, -3.7, 0x7fffffff, 0x80000000, 0xffffffff, 2 ** 32 + 5,
  -(2 ** 31), 2 ** 53, 1e20, -1e20, 2 ** 63, -(2 ** 63), NaN, Infinity, -Infinity, 0x01000193];
for (const a of nums) {
  const row = [];
  for (const b of nums) row.push(Math.imul(a, b));
  console.log('imul', a, row.join(' '));
  console.log('clz32', a, Math.clz32(a));
}
// A hash loop: the result stays an unsigned 32-bit number.
let h = 0x811c9dc5;
for (let i = 0; i < 1000; i++) {
  h ^= i & 255;
  h = Math.imul(h, 0x01000193) >>> 0;
}
console.log('fnv', h);
// Arguments that are not numbers: coerced as the spec says, valueOf called once each.
const calls = [];
const obj = { valueOf() { calls.push('v'); return 7; } };
console.log('coerced', Math.imul('3', 5), Math.imul(true, '-2'), Math.imul(obj, obj), Math.imul(null, 9),
  Math.imul(undefined, 9), Math.imul([4], 2), Math.clz32('1'), Math.clz32(obj), Math.clz32({}), calls.length);
try {
  Math.imul(1n, 2);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
try {
  Math.clz32(Symbol('s'));
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
// Other arities: missing arguments are undefined (0), extra ones evaluated and ignored.
let side = 0;
console.log('arity', Math.imul(), Math.imul(5), Math.imul(2, 3, side++), Math.clz32(), Math.clz32(1, side++), side);
