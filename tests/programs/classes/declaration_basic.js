// Class declarations: constructor, methods, instances, prototype layout, typeof, strictness.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(o) { return new Point(this.x + o.x, this.y + o.y); }
  toString() { return "(" + this.x + ", " + this.y + ")"; }
  len() { return Math.sqrt(this.x * this.x + this.y * this.y); }
}
const p = new Point(3, 4);
console.log(p.x, p.y, p.len(), String(p.add(new Point(1, 1))), `${p}`);
console.log(typeof Point, Object.getPrototypeOf(p) === Point.prototype, p.constructor === Point, p instanceof Point);
console.log(Object.keys(p).join(","), Object.getOwnPropertyNames(Point.prototype).join(","));
// methods are non-enumerable
const keys = [];
for (const k in p) keys.push(k);
console.log(keys.join(","), Object.getOwnPropertyDescriptor(Point.prototype, "add").enumerable);
const md = Object.getOwnPropertyDescriptor(Point.prototype, "add");
console.log(md.writable, md.enumerable, md.configurable);
// class without constructor
class Empty {}
const e = new Empty();
console.log(typeof e, e instanceof Empty, Object.keys(e).length, Empty.length, Empty.name);
// class prototype property is non-writable
const pd = Object.getOwnPropertyDescriptor(Point, "prototype");
console.log(pd.writable, pd.enumerable, pd.configurable);
Point.prototype = {};
console.log(Object.getPrototypeOf(new Point(0, 0)).add !== undefined);
// methods are not constructors
try { new p.add(p); } catch (err) { console.log(err.constructor.name, err.message); }
// class body is strict: this in a detached method is undefined
class Strict { who() { return this; } }
const who = new Strict().who;
console.log(who());
// classes are block scoped and in TDZ before declaration
try { new Later(); } catch (err) { console.log(err.constructor.name, err.message); }
class Later {}
console.log(typeof Later);
{
  class Inner { v() { return "inner"; } }
  console.log(new Inner().v());
}
console.log(typeof Inner);
// methods can be added to the prototype later
Point.prototype.extra = function () { return "extra " + this.x; };
console.log(p.extra());
// constructor returning an object
class Weird { constructor() { return { weird: true }; } }
console.log(new Weird().weird, new Weird() instanceof Weird);
// constructor returning a primitive is ignored
class Prim { constructor() { this.ok = 1; return 5; } }
console.log(new Prim().ok);
// method chaining
class Builder {
  constructor() { this.parts = []; }
  add(s) { this.parts.push(s); return this; }
  build() { return this.parts.join(" "); }
}
console.log(new Builder().add("a").add("b").add("c").build());
// instances have separate state
const b1 = new Builder().add("one"), b2 = new Builder();
console.log(b1.parts.length, b2.parts.length, b1.add === b2.add);
