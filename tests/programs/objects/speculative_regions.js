// Speculative regions (arithmetic over property reads, fused compound
// assignments): every way the fast path can miss must give the generic result.
"use strict";

class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  dot(o) { return this.x * o.x + this.y * o.y; }
  addTo(o) { this.x += o.x; this.y += o.y; }
  scaleBy(k) { this.x *= k; this.y *= k; }
  bump() { return this.x++; }
  drop() { return --this.y; }
}

const a = new Vec(1, 2);
const b = new Vec(3, 4);
for (let i = 0; i < 3; i++) {
  a.addTo(b);
  a.scaleBy(0.5);
}
console.log(a.x, a.y, a.dot(b), a.bump(), a.x, a.drop());

// Strings: `+` concatenates, `*` converts.
const s = new Vec("1", "2");
s.addTo(b);
console.log(s.x, s.y, s.dot(b));
s.scaleBy(2);
console.log(s.x, s.y);

// Objects with valueOf run user code in the middle of the operation.
let calls = 0;
const weird = new Vec({ valueOf() { calls++; return 10; } }, 1);
weird.addTo(b);
console.log(weird.x, weird.y, calls);

// A getter on the right side may change the target's shape.
const target = new Vec(1, 1);
const sneaky = {
  get x() { target.extra = 1; delete target.y; return 5; },
  y: 7,
};
target.addTo(sneaky);
console.log(JSON.stringify(target));

// Prototype hits and accessors on the target.
class Base { constructor() { this.y = 0; } }
Object.defineProperty(Base.prototype, "x", { value: 100, writable: true });
const pv = new Base();
Vec.prototype.addTo.call(pv, b);
console.log(pv.x, pv.y, Object.prototype.hasOwnProperty.call(pv, "x"));

let sets = 0;
const acc = {
  get x() { return 1; },
  set x(v) { sets++; this._x = v; },
  y: 0,
};
Vec.prototype.addTo.call(acc, b);
console.log(acc._x, acc.y, sets);

// Frozen and read-only targets: strict mode throws, nothing changes.
const frozen = Object.freeze(new Vec(1, 1));
try { frozen.addTo(b); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(frozen.x, frozen.y);
const ro = new Vec(1, 1);
Object.defineProperty(ro, "x", { writable: false });
try { ro.scaleBy(3); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(ro.x, ro.y);

// Primitive receivers, missing properties, null operands.
try { Vec.prototype.dot.call(5, b); } catch (e) { console.log(e.constructor.name); }
console.log(Vec.prototype.dot.call(5, b));
console.log(new Vec(1, 1).dot({}));
try { new Vec(1, 1).dot(null); } catch (e) { console.log(e.constructor.name, e.message); }

// Different shapes at one site (same class, properties in another order).
const shapes = [new Vec(1, 2), { y: 2, x: 1 }, { x: 1, y: 2, z: 3 }, Object.create({ x: 1, y: 2 })];
for (const o of shapes) {
  Vec.prototype.addTo.call(o, b);
  console.log(o.x, o.y, Vec.prototype.dot.call(o, b), Object.keys(o).join());
}

// Updates: postfix value is the old number, prefix the new one; strings convert.
const u = new Vec("5", 1);
console.log(u.bump(), u.x, typeof u.x);
const n = new Vec(undefined, null);
console.log(n.bump(), n.x, n.drop(), n.y);
