// Relational operators on two one-code-unit strings compare the units
// inline; every other pairing (longer or empty strings, numbers mixed with
// strings, objects, BigInts, undefined) takes the generic comparison.
function lt(a, b) { return a < b; }
function le(a, b) { return a <= b; }
function gt(a, b) { return a > b; }
function ge(a, b) { return a >= b; }
const vals = ['0', '9', 'a', 'A', 'z', ' ', '\u00e9', '\u4e2d', '\ud83d', '\ude00', '', 'ab', 'a\u0000', '10', '9x'];
const rows = [];
for (const a of vals) {
  let row = '';
  for (const b of vals) row += '' + (lt(a, b) ? 1 : 0) + (le(a, b) ? 1 : 0) + (gt(a, b) ? 1 : 0) + (ge(a, b) ? 1 : 0) + ' ';
  rows.push(row);
}
console.log(rows.join('\n'));

// Mixed with other kinds.
const others = [5, 0, NaN, -0, undefined, null, true, 10n, { valueOf() { return 'b'; } }, ['a'], '5'];
for (const o of others) {
  const show = typeof o === 'bigint' ? o + 'n' : typeof o === 'object' && o !== null ? JSON.stringify(o) : String(o);
  console.log(show, lt('a', o), lt(o, 'a'), ge('5', o), le(o, '5'), gt('1', o), ge(o, '0'));
}

// A scanner's digit test over a long text (units from indexing).
const text = 'x1y22z333 9!'.repeat(100);
let digits = 0;
for (let i = 0; i < text.length; i++) {
  const c = text[i];
  if (c >= '0' && c <= '9') digits++;
}
console.log(digits);

// Strings from every source: substrings, concatenations, String.fromCharCode, a rope.
let rope = '';
for (let i = 0; i < 40; i++) rope += 'q';
console.log(lt('a'.concat(''), String.fromCharCode(98)), gt('abc'.substring(1, 2), 'a'), lt(rope, 'r'), gt(rope[39], 'p'), le(rope.slice(0, 1), 'q'));
