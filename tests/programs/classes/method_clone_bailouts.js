// Methods whose parameters the program's own calls always pass as numbers
// get a type-specialised clone (entered through a guard on the arguments'
// tags) and direct calls of it at `o.name(...)` sites. Every way a call can
// differ from what was speculated must still behave exactly as written.

class Walker {
  constructor() {
    this.steps = 0;
  }
  // Recursive with number arguments everywhere in the program.
  walk(n, step) {
    this.steps++;
    if (n <= 0) return n;
    return this.walk(n - step, step) + 1;
  }
  // `a - b` on numbers; the same code must work on BigInts, strings, objects.
  diff(a, b) {
    const d = a - b;
    return typeof d === 'bigint' ? d * 2n : d * 2;
  }
  // A parameter reassigned with a string inside the body.
  label(x) {
    if (x > 2) x = 'big:' + x;
    return x;
  }
  // -0, NaN and Infinity are numbers: the clone must keep them exact.
  sign(x) {
    return Object.is(x, -0) ? '-0' : x !== x ? 'NaN' : x > 0 ? '+' : x < 0 ? '-' : '0';
  }
}

const w = new Walker();
let total = 0;
for (let i = 0; i < 200; i++) total += w.walk(i % 17, 1) + w.diff(i, 3);
console.log('numbers', total, w.steps);
console.log('diff', w.diff(10, 4), w.diff(0.5, 0.25), w.diff(-0, 0));
for (let i = 0; i < 5; i++) console.log('label', w.label(i));
console.log('sign', [0, -0, NaN, 1, -1, Infinity, -Infinity].map((x) => w.sign(x)).join(' '));

// Calls the analysis does not see: through call/apply/bind, as a callback, by a computed key.
console.log('call', w.diff.call(w, 7, 2), w.diff.apply(w, ['7', '2']), w.diff.bind(w, 9)(1));
console.log('computed', w['diff'](5n, 2n), w['walk'](3, 1));
console.log('callback', [1, 2, 3].map(w.diff.bind(w, 10)).join(','));
const { sign } = w;
console.log('extracted', sign(-0), sign('x'));

// Arguments that are not numbers at a site that usually passes numbers.
const args = [1, '1', true, null, undefined, {}, [2], 3n, { valueOf: () => 4 }];
for (const a of args) {
  let r;
  try {
    r = w.diff(a, 1);
  } catch (e) {
    r = e.constructor.name + ': ' + e.message;
  }
  console.log('diff', typeof a, String(r));
}
for (const a of args) {
  let r;
  try {
    r = w.diff(a, a);
  } catch (e) {
    r = e.constructor.name + ': ' + e.message;
  }
  console.log('diff2', typeof a, String(r));
}
console.log('missing', w.diff(3), w.walk(-1));
console.log('extra', w.diff(3, 1, 'ignored'));

// Strings that look like numbers are not numbers: '5' <= 0 compares as numbers,
// but '5' - '1' must not be taken for a number when speculated.
console.log('strings', w.walk('3', 1), w.walk(3, '1'));
