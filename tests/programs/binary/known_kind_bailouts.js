// Bail-outs of the compiled paths for typed arrays of a known element type:
// buffers detached or resized by a function called inside the loop, own and
// inherited `length` properties, indices that are not array indices, element
// types changing at a site, plain arrays where typed arrays were expected.

function sumWhileCalling(a, each) {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    s += a[i];
    each(i);
  }
  return s;
}

// Detached mid-loop (structuredClone with transfer detaches the buffer).
const d = new Float64Array([1, 2, 3, 4, 5]);
console.log(sumWhileCalling(d, (i) => { if (i === 1) structuredClone(d.buffer, { transfer: [d.buffer] }); }));
console.log(d.length, d[0], d[0] * 2, d.byteLength, d.buffer.byteLength);
d[0] = 9;
console.log(d[0], Object.keys(d).length);

// A length-tracking view over a resizable buffer shrinking and growing mid-loop.
const rb = new ArrayBuffer(8, { maxByteLength: 16 });
const rv = new Uint8Array(rb);
for (let i = 0; i < rv.length; i++) rv[i] = i + 1;
const seen = [];
for (let i = 0; i < rv.length; i++) {
  seen.push(rv[i]);
  if (i === 2) rb.resize(5);
  if (i === 4) rb.resize(7);
}
console.log(seen.join(','), rv.length, Array.from(rv).join(','));
rb.resize(16);
rv[15] = 200;
console.log(rv.length, rv[15], rv[16], rv[15] + rv[16]);
// A fixed-length view that no longer fits is out of bounds.
const fixed = new Int16Array(rb, 4, 4);
rb.resize(6);
console.log(fixed.length, fixed[0], fixed[0] | 0);
fixed[0] = 5;
rb.resize(12);
console.log(fixed.length, fixed[0]);

// Keys that are not array indices.
const k = new Int32Array([10, 20, 30]);
const keys = [0, 2, 3, -1, 1.5, -0, NaN, '1', '01', '-0', '1.0', 'length', 2 ** 32, Infinity];
console.log(keys.map((key) => String(k[key])).join(' '));
for (const key of keys) k[key] = 99;
console.log(Array.from(k).join(' '), Object.keys(k).join(' '), k['-0'], k['01']);

// An own `length` property, and a replaced prototype getter.
const own = new Uint16Array(4);
console.log(own.length);
Object.defineProperty(own, 'length', { value: 42 });
console.log(own.length, own.length + 1);
const other = new Uint16Array(3);
const TA = Object.getPrototypeOf(Uint16Array.prototype);
const desc = Object.getOwnPropertyDescriptor(TA, 'length');
Object.defineProperty(TA, 'length', { get() { return 'patched'; }, configurable: true });
console.log(other.length);
Object.defineProperty(TA, 'length', desc);
console.log(other.length);

// Element types changing at one site (the parameter is not of one kind).
function first(a) { return a[0] * 2 + a.length; }
const mixed = [new Int8Array([-3]), new Float32Array([0.1]), new Uint8ClampedArray([300]), [4, 5], 'xy', { 0: 1, length: 9 }];
console.log(mixed.map(first).join(' '));

// A plain array, then a typed array, in the same binding (not of one kind).
let swap = [1, 2, 3];
function total(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
console.log(total(swap));
swap = new Float64Array([0.5, 0.25]);
console.log(total(swap));

// A shadowed constructor name is not the typed array.
function shadow() {
  const Float64Array = Array;
  const a = new Float64Array(3);
  a[0] = 'str';
  return a[0] + a.length;
}
console.log(shadow());

// A parameter passed the same kind everywhere, recursively.
function fill(a, i) {
  if (i >= a.length) return 0;
  a[i] = i * 1.5;
  return a[i] + fill(a, i + 1);
}
const fa = new Float32Array(6);
console.log(fill(fa, 0), Array.from(fa).join(' '));

// Reading before initialisation throws.
try {
  console.log(early[0]);
} catch (e) {
  console.log(e.name, e.message);
}
const early = new Uint8Array(1);
console.log(early[0]);
