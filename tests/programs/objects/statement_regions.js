// Statement regions (codegen/region.rs): runs of property updates and
// inlined method calls checked once, then run without checks. Each case
// changes something a region depends on between runs and expects the
// generic result.
'use strict';

class V {
  constructor(x, y) { this.x = x; this.y = y; }
  addTo(o) { this.x += o.x; this.y += o.y; }
  scaleBy(k) { this.x *= k; this.y *= k; }
  dot(o) { return this.x * o.x + this.y * o.y; }
  lengthSq() { return this.dot(this); }
  bump() { this.x = this.x + 100; return 1; }
}

class Acc {
  constructor() { this.total = 0; this.count = 0; }
  add(v) { this.total += v; this.count++; }
}

function run(a, b, acc, n) {
  for (let i = 0; i < n; i++) {
    a.addTo(b);
    a.scaleBy(0.5);
    acc.add(a.dot(b) + a.lengthSq() * 0.25);
  }
  return [a.x, a.y, acc.total, acc.count];
}

// The plain case, then the same objects again (the record matches).
const a = new V(1, 2), b = new V(3, -1), acc = new Acc();
console.log(run(a, b, acc, 5));
console.log(run(a, b, acc, 3));

// The receiver is also the argument (aliasing): reads see earlier stores.
const c = new V(1, 1);
console.log(run(c, c, new Acc(), 4));

// A property that stops being a number: the run starts over generically
// (string concatenation, then NaN).
const d = new V(1, 2), e = new V(1, 1);
d.x = 'a';
console.log(run(d, e, new Acc(), 2));

// Another shape (an extra property, or another insertion order).
const f = new V(1, 2);
f.z = 9;
console.log(run(f, new V(1, 1), new Acc(), 3));
const g = { y: 2, x: 1, __proto__: V.prototype };
console.log(run(g, new V(2, 2), new Acc(), 3));

// A getter on the argument: called on every read.
let reads = 0;
const h = { get x() { reads++; return 2; }, y: 1 };
console.log(run(new V(1, 1), h, new Acc(), 3), reads);

// A method replaced on the prototype between runs, then restored.
const orig = V.prototype.scaleBy;
V.prototype.scaleBy = function (k) { this.x -= k; this.y -= k; };
console.log(run(new V(1, 2), new V(1, 1), new Acc(), 3));
V.prototype.scaleBy = orig;
console.log(run(new V(1, 2), new V(1, 1), new Acc(), 3));

// An own property shadowing a method.
const s = new V(1, 2);
s.dot = function () { return 1000; };
console.log(run(s, new V(1, 1), new Acc(), 2));

// A frozen accumulator: stores throw in strict code.
const frozen = Object.freeze(new Acc());
try {
  run(new V(1, 2), new V(1, 1), frozen, 2);
} catch (err) {
  console.log(err.constructor.name, frozen.total, frozen.count);
}

// Not an object.
try {
  run(new V(1, 2), null, new Acc(), 1);
} catch (err) {
  console.log(err.constructor.name);
}

// A compound assignment whose right side stores the same property: the
// old value is read first.
class W {
  constructor() { this.x = 1; this.n = 0; }
  bump() { this.x = 50; return 1; }
  step() { this.x += this.bump(); this.n++; }
}
const w = new W();
for (let i = 0; i < 3; i++) {
  w.step();
  w.n += 10;
}
console.log(w.x, w.n);

// Storing to a property named like a method the run calls: not a region,
// and the store is seen by the next call.
class M {
  constructor() { this.v = 1; this.t = 0; }
  get1() { return this.v; }
}
const m = new M();
for (let i = 0; i < 3; i++) {
  m.t += m.get1();
  m.v += 1;
}
console.log(m.t, m.v);

// Values that are numbers but not plain: NaN, -0, Infinity.
const z = new V(NaN, -0);
const inf = new V(Infinity, 0);
console.log(run(z, inf, new Acc(), 2), Object.is(z.y, -0));

// A property read by the right side of its own first store: checked before
// the store (here it is not a number).
class Q {
  constructor() { this.p = '3'; this.q = 0; }
  grow() { this.p = this.p * 2 + 1; this.q = this.p + 1; }
}
const q = new Q();
for (let i = 0; i < 2; i++) {
  q.grow();
  q.q += 1;
}
console.log(q.p, q.q);

// Methods with `const` locals and Math functions (one instruction each):
// NaN, -0 and the argument order of Math.max/min as the builtins.
class P {
  constructor(x, y) { this.x = x; this.y = y; this.d = 0; }
  norm() { const l = Math.sqrt(this.x * this.x + this.y * this.y); return l; }
  clampTo(o) { const m = Math.max(o.x, o.y, 0); this.d = Math.min(this.d + m, 100); }
  step(o) { const dx = o.x - this.x, dy = o.y - this.y; this.x += dx * 0.5; this.y += dy * 0.5; }
}
const p = new P(3, 4), p2 = new P(10, -2);
for (let i = 0; i < 5; i++) {
  p.step(p2);
  p.clampTo(p2);
  p.d += p.norm();
}
console.log(p.x, p.y, p.d);
const pn = new P(-0, NaN);
for (let i = 0; i < 2; i++) {
  pn.clampTo(pn);
  pn.step(pn);
}
console.log(pn.x, pn.y, pn.d, Object.is(pn.x, -0));
