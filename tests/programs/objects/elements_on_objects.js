// Integer-keyed properties on objects of every kind: each starts with the
// shared empty elements block and gets a block of its own on the first
// write (objects allocated inline by `new`, literals, functions, errors,
// collections, arguments, wrappers), through the collector.
class P {
  constructor(x) { this.x = x; }
}
const made = [];
for (let i = 0; i < 2000; i++) {
  const p = new P(i);
  if (i % 3 === 0) p[i % 7] = i;
  if (i % 5 === 0) p[100000 + i] = 'far';
  made.push(p);
}
let sum = 0, far = 0;
for (const p of made) {
  for (const k of Object.keys(p)) {
    if (k === 'x') continue;
    if (p[k] === 'far') far++; else sum += p[k];
  }
}
console.log(sum, far, Object.keys(made[15]));

const o = {};
console.log(0 in o, o[0], Object.keys(o).length);
o[2] = 'two'; o[0] = 'zero'; o.name = 'n';
console.log(o, Object.keys(o), JSON.stringify(o));
delete o[2];
console.log(o, 2 in o);

function f() {}
f[0] = 'a'; f[1] = 'b';
console.log(f[0] + f[1], Object.keys(f));

const e = new Error('boom');
e[3] = 'x';
console.log(Object.keys(e), e[3]);

const m = new Map([[1, 2]]);
m[0] = 'own';
console.log(m[0], m.get(1), Object.keys(m));

function args() { arguments[5] = 'five'; return [arguments.length, arguments[5], Object.keys(arguments)]; }
console.log(args(1, 2));

const s = new String('ab');
s[5] = 'z';
console.log(Object.keys(s), s[0], s[5], s.length);

const frozen = Object.freeze({ 0: 'a', 1: 'b' });
frozen[0] = 'changed'; frozen[2] = 'new';
console.log(frozen, Object.isFrozen(frozen));

const d = {};
Object.defineProperty(d, 0, { value: 'ro', enumerable: false });
d[0] = 'w';
d[1] = 'one';
console.log(d[0], Object.keys(d), Object.getOwnPropertyNames(d));

const sparse = { length: 3 };
sparse[1] = 'b';
console.log(Array.prototype.join.call(sparse, '-'), Array.from(sparse));

const big = {};
for (let i = 0; i < 50; i++) big[i * 2] = i;
console.log(Object.keys(big).length, big[98], big[97]);

const arr = [];
arr.length = 3;
console.log(arr, arr.length);
const arr2 = new Array(4);
arr2[1] = 'x';
console.log(arr2, arr2.length);
class MyArr extends Array {}
const ma = new MyArr();
ma.push(1, 2);
console.log(ma, ma.length);
