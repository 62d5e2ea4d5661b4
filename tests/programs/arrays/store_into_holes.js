// Stores by index into the holes of `new Array(n)` and past the end of an
// array (served directly by the runtime when nothing can intervene), and
// every case where something can: an index setter or a read-only index on a
// prototype, frozen, sealed and non-extensible arrays, a read-only length,
// accessor elements, an array used as another's prototype, huge indices.
'use strict';

function fillForward(n) {
  const a = new Array(n);
  for (let i = 0; i < n; i++) a[i] = i * 2;
  return a;
}
function fillBackward(n) {
  const a = new Array(n);
  for (let i = n - 1; i >= 0; i--) a[i] = i;
  return a;
}
console.log(fillForward(6), fillBackward(5), fillForward(0));

const gaps = [];
gaps[3] = 'three';
gaps[1] = 'one';
gaps[10] = 'ten';
console.log(gaps, gaps.length, 2 in gaps, Object.keys(gaps));

const far = [1];
far[100000] = 'far';
console.log(far.length, Object.keys(far).length, far[100000], far[50]);
const huge = [];
huge[4294967294] = 'last index';
console.log(huge.length, huge[4294967294]);
huge[4294967295] = 'not an index';
console.log(huge.length, Object.keys(huge));

// A setter on Array.prototype for index 2 sees the stores into holes.
// (Nothing is printed while it is there: console.log uses arrays too.)
let seen = '';
Object.defineProperty(Array.prototype, 2, {
  set(v) {
    seen += `prototype setter got ${v};`;
  },
  get() {
    return 'from prototype';
  },
  configurable: true,
});
const p = new Array(4);
for (let i = 0; i < 4; i++) p[i] = i;
const p2 = p[2];
const pOwn = p.hasOwnProperty(2);
delete Array.prototype[2];
console.log(seen, p2, Object.keys(p), pOwn);

// A read-only index on Object.prototype.
Object.defineProperty(Object.prototype, 1, { value: 'ro', writable: false, configurable: true });
const q = new Array(3);
let qError = '';
try {
  q[1] = 'x';
} catch (err) {
  qError = `${err.constructor.name}: ${err.message}`;
}
const q1 = q[1];
const qOwn = q.hasOwnProperty(1);
delete Object.prototype[1];
console.log(qError, q1, qOwn);

for (const [name, a] of [
  ['frozen', Object.freeze(new Array(3))],
  ['sealed', Object.seal(new Array(3))],
  ['non-extensible', Object.preventExtensions([1])],
]) {
  try {
    a[1] = 'x';
    console.log(name, 'stored', a);
  } catch (err) {
    console.log(name, err.constructor.name, err.message);
  }
}

const fixedLength = [1, 2];
Object.defineProperty(fixedLength, 'length', { writable: false });
try {
  fixedLength[2] = 3;
} catch (err) {
  console.log(err.constructor.name, err.message);
}
fixedLength[1] = 'ok';
console.log(fixedLength);

const withAccessor = new Array(4);
Object.defineProperty(withAccessor, 3, {
  set(v) {
    console.log('own setter got', v);
  },
  configurable: true,
});
for (let i = 0; i < 4; i++) withAccessor[i] = i;
console.log(withAccessor.length, withAccessor[0], withAccessor[3]);

const proto = [];
const child = Object.setPrototypeOf([], proto);
proto[0] = 'in proto';
child[1] = 'own';
console.log(child[0], child.length, Object.keys(child), proto.length);

class Stack extends Array {}
const s = new Stack();
s[0] = 'a';
s[1] = 'b';
console.log(s, s.length, s instanceof Stack);
