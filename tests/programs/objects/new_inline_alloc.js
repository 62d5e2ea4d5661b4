// `new F(...)` sites allocate inline once F's layout has settled; every
// change of F, of F.prototype or of the objects' properties must still be
// seen (the site falls back to the runtime and refills).
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.sum = function () { return this.x + this.y; };

function make(F, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(new F(i, i * 2));
  return out;
}

// Settle the layout, then keep allocating at the same site.
let ps = make(Point, 50);
console.log(ps.length, ps[49].sum(), Object.keys(ps[10]), ps[3] instanceof Point);

// Replacing the prototype: new objects get the new one.
const oldProto = Point.prototype;
Point.prototype = { sum() { return -1; }, kind: "new proto" };
ps = make(Point, 20);
console.log(ps[19].sum(), ps[19].kind, Object.getPrototypeOf(ps[0]) === oldProto);

// Another constructor at the same site.
class Pair {
  constructor(a, b) {
    this.a = a;
    this.b = b;
    this.c = a * b;
  }
}
ps = make(Pair, 30);
console.log(ps[29], ps[0] instanceof Pair, ps[29] instanceof Point);

// Objects that grow past their inline slots, and delete.
class Grow {
  constructor(i) { this.i = i; }
}
const gs = make(Grow, 40);
for (const g of gs) {
  for (let k = 0; k < 10; k++) g["p" + k] = k + g.i;
}
delete gs[5].p3;
console.log(gs[39].p9, Object.keys(gs[5]).length, JSON.stringify(gs[1]));

// A constructor returning an object overrides `this`.
function Boxed(v) {
  this.ignored = true;
  return { v };
}
console.log(make(Boxed, 20)[19]);

// A site whose callee stops being a constructor throws a TypeError.
function build(F) { return new F(1, 2); }
for (let i = 0; i < 20; i++) build(Point);
try {
  build(() => 0);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}

// Many objects through the collector: all intact.
let total = 0;
const keep = [];
for (let i = 0; i < 300000; i++) {
  const p = new Pair(i, 1);
  total += p.c;
  if (i % 1000 === 0) keep.push(p);
}
console.log(total, keep.length, keep[299].a, keep.every((p, k) => p.a === k * 1000 && p.c === p.a));

// Subclasses construct through their base (derived `this` is made by super()).
class Base { constructor(x) { this.x = x; } }
class Derived extends Base { constructor(x) { super(x); this.y = x + 1; } }
const ds = make(Derived, 30);
console.log(ds[29], ds[29] instanceof Base);
