// Several accesses to one receiver: everything that can change it between
// two of them (calls, valueOf, deletes, freezing, accessors, prototype
// getters, dictionaries, aliases, super(), exceptions) must be seen by any
// check an inline cache or a shared guard skips.

// A call between two accesses changes the shape (delete, add, accessor).
class P {
  constructor() { this.a = 1; this.b = 2; }
  sum(f) {
    const x = this.a + this.b;
    f(this);
    return x + this.a + this.b + this.a;
  }
}
console.log(new P().sum(() => {}));
console.log(new P().sum((o) => { delete o.a; }));
console.log(new P().sum((o) => { o.c = 3; o.a = 10; }));
console.log(new P().sum((o) => { Object.defineProperty(o, "b", { get() { return 100; } }); }));
console.log(new P().sum((o) => { Object.freeze(o); }));

// A getter in an operand's valueOf changes the receiver mid-expression.
function mid(o) {
  const v = { valueOf() { delete o.x; o.y = 7; return 1; } };
  return o.x + (o.y * v) + o.x + o.y;
}
console.log(mid({ x: 1, y: 2 }));

// A getter installed later on the prototype: own data slots win, absent ones
// go to the prototype.
function readAll(o) { return [o.p, o.q, o.p, o.q].join(","); }
const proto = {};
const own = Object.create(proto);
own.p = 1;
console.log(readAll(own));
Object.defineProperty(proto, "q", { get() { return "got " + this.p; }, configurable: true });
console.log(readAll(own));
own.q = "own";
console.log(readAll(own));
delete own.q;
Object.defineProperty(proto, "p", { get() { return "proto p"; } });
console.log(readAll(own), readAll(Object.create(proto)));

// Primitive receivers, null and undefined.
function xy(s) { return [s.length, s.x, s.y, s.x].join("|"); }
String.prototype.x = "sx";
Number.prototype.y = "ny";
for (const v of ["abc", 42, true, { x: 1, y: 2 }, [1, 2], function f() {}]) console.log(xy(v));
for (const v of [null, undefined]) {
  try { xy(v); } catch (e) { console.log(e.message); }
}

// Frozen and non-writable receivers: writes are ignored (sloppy) or throw (strict).
function setTwice(o, v) { o.x = v; o.x = v + 1; return o.x + o.y; }
function setTwiceStrict(o, v) { "use strict"; o.x = v; o.x = v + 1; return o.x + o.y; }
console.log(setTwice({ x: 0, y: 1 }, 5), setTwice(Object.freeze({ x: 0, y: 1 }), 5));
const ro = { y: 1 };
Object.defineProperty(ro, "x", { value: 0, writable: false, enumerable: true });
console.log(setTwice(ro, 5));
try { setTwiceStrict(Object.freeze({ x: 0, y: 1 }), 5); } catch (e) { console.log(e.constructor.name, e.message); }
// Setters: own accessor and inherited setter.
const acc = { get x() { return this._x * 2; }, set x(v) { this._x = v; }, y: 1, _x: 0 };
console.log(setTwice(acc, 5), acc._x);
const withSetter = Object.create({ set x(v) { this.seen = v; } });
withSetter.y = 1;
console.log(setTwice(withSetter, 5), withSetter.seen, Object.keys(withSetter).join());

// Dictionary-mode receivers (many properties, deletes).
const big = {};
for (let i = 0; i < 200; i++) big["k" + i] = i;
big.x = 1; big.y = 2;
console.log(setTwice(big, 3));
const holey = { a: 1, x: 2, y: 3 };
delete holey.a;
console.log(setTwice(holey, 4), setTwice(holey, 5));

// A parameter reassigned in a loop (a linked-list walk) and a changed `let`.
function total(node) {
  let s = 0;
  while (node !== null) { s += node.v * node.w; node = node.next; }
  return s;
}
let list = null;
for (let i = 0; i < 5; i++) list = i % 2 ? { v: i, w: 2, next: list } : { w: 3, v: i, next: list };
console.log(total(list));

// Two bindings for the same object: a write through one is read through the other.
function alias(p, q) { p.x = 1; q.x = 2; const r = p.x + q.x; q.z = 9; return r + p.x + p.z; }
const same = { x: 0 };
console.log(alias(same, same), alias({ x: 0 }, { x: 0 }));

// Inlined methods sharing the caller's group; the method adds a property to
// its receiver through another binding.
class V {
  constructor(x, y) { this.x = x; this.y = y; }
  grow(o) { const before = this.x + this.y; o.extra = 1; return before + this.x + this.y + (this.extra || 0); }
  bump() { this.x++; this.y += this.x; return this.y; }
}
const v = new V(1, 2);
let out = 0;
for (let i = 0; i < 3; i++) out += v.bump() + v.grow(v);
console.log(out, v.x, v.y, v.extra);

// super() binds `this` in a derived constructor.
class Base { constructor() { this.a = 1; } }
class Derived extends Base {
  constructor(k) {
    if (k) { super(); this.b = this.a + 1; } else { super(); }
    this.c = this.a + (this.b || 0);
  }
}
console.log(JSON.stringify(new Derived(true)), JSON.stringify(new Derived(false)));

// Exceptions between two accesses.
function risky(o, f) {
  try { o.n = o.n + 1; f(o); return o.n; } catch (e) { return o.n * 10 + o.m; }
}
console.log(risky({ n: 1, m: 2 }, () => {}), risky({ n: 1, m: 2 }, (o) => { delete o.n; o.n = 5; throw 0; }));

// Many shapes through one function (the group gives up, the ordinary caches work on).
let poly = 0;
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < 30; i++) {
    const o = { ["p" + i]: i, x: i, y: 2 * i };
    poly += setTwice(o, i) + o.x;
  }
}
console.log(poly);

// Recursion: an inner activation changes the shape of the outer one's receiver.
function rec(o, d) {
  const a = o.x;
  if (d > 0) rec(o, d - 1);
  if (d === 2) o["new" + d] = d;
  return a + o.x + (o.new2 || 0);
}
console.log(rec({ x: 1 }, 3));
