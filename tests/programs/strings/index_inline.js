// s[i] of strings read inline (an ASCII code unit gives the static
// one-character string without a call) and every case that is not that:
// non-ASCII units, surrogates, ropes before and after they are flattened,
// indices out of range or not integers, keys of other types, String
// objects, indexed properties on String.prototype.
function at(s, k) {
  return s[k];
}
const show = (v) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

const flat = 'aZ09 ~\u007f\u0080\u00e9\u4e2d\ud83d\ude00';
const row = [];
for (let i = -2; i < flat.length + 2; i++) row.push(show(at(flat, i)));
console.log(row.join(' '));

// Keys that are not indices (or not numbers).
const keys = [0.5, -0, NaN, Infinity, -Infinity, 2 ** 32, 2 ** 53, '1', '01', 'length', true, null, undefined, 1e-7];
console.log(keys.map((k) => show(at('xyz', k))).join(' '));

// Ropes: a long concatenation is lazy until first read.
let rope = '';
for (let i = 0; i < 10; i++) rope += 'abcdefghij';
const r2 = rope + '\u00e9!';
console.log(show(at(r2, 100)), show(at(r2, 101)), show(at(r2, 0)), show(at(r2, 55)), show(at(r2, 102)));
// Read again after flattening, and a rope of ropes.
console.log(show(at(r2, 99)), show(at(r2 + r2, 203)), show(at(r2 + r2, 204)));

// String objects and indices on String.prototype.
const so = new String('str');
console.log(show(at(so, 1)), show(at(so, 3)));
String.prototype[5] = 'P';
console.log(show(at('abc', 5)), show(at('abcdefg', 5)), show(at('', 5)));
delete String.prototype[5];
console.log(show(at('abc', 5)));

// Results compare and concatenate as ordinary strings.
let count = 0;
const text = '{"a": [1, 2, {"b": "c"}]}';
for (let i = 0; i < text.length; i++) if (text[i] === '"' || at(text, i) === ':') count++;
let copy = '';
for (let i = 0; i < text.length; i++) copy += text[i];
console.log(count, copy === text, text[3] < text[2], text[0] + text[text.length - 1]);

// A hot loop over a long string (the static strings are shared).
const big = 'The quick brown fox jumps over the lazy dog. '.repeat(2000);
let vowels = 0;
for (let i = 0; i < big.length; i++) {
  const c = big[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') vowels++;
}
console.log(vowels, big[big.length - 2], show(big[big.length]));

// Non-string receivers take the generic path.
console.log(show(at([1, 2], 1)), show(at({ 1: 'o' }, 1)), show(at(5, 0)), show(at(true, 0)));
try {
  at(null, 0);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  at(undefined, 'x');
} catch (e) {
  console.log(e.constructor.name, e.message);
}
