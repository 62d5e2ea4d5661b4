// extends: prototype chains of instances and constructors, method inheritance, overriding.
class Shape {
  constructor(name) { this.name = name; }
  area() { return 0; }
  describe() { return this.name + " with area " + this.area().toFixed(2); }
  static kind() { return "shape"; }
}
class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  area() { return Math.PI * this.r * this.r; }
}
class Square extends Shape {
  constructor(s) { super("square"); this.s = s; }
  area() { return this.s * this.s; }
}
class Unit extends Square {
  constructor() { super(1); this.name = "unit " + this.name; }
}
const shapes = [new Circle(1), new Square(3), new Unit(), new Shape("blob")];
shapes.forEach(s => console.log(s.describe()));
console.log(shapes.map(s => s.constructor.name).join(","));
const u = shapes[2];
console.log(u instanceof Unit, u instanceof Square, u instanceof Shape, u instanceof Circle);
console.log(Object.getPrototypeOf(Unit) === Square, Object.getPrototypeOf(Unit.prototype) === Square.prototype);
console.log(Unit.kind(), Object.keys(u).join(","));
// default derived constructor passes all arguments to super
class Pair { constructor(a, b) { this.a = a; this.b = b; this.count = arguments.length; } }
class SubPair extends Pair {}
const sp = new SubPair(1, 2, 3);
console.log(sp.a, sp.b, sp.count, SubPair.length);
// extending a constructor function
function Legacy(v) { this.v = v; }
Legacy.prototype.get = function () { return this.v; };
Legacy.staticThing = "legacy static";
class Modern extends Legacy { twice() { return this.get() * 2; } }
const m = new Modern(21);
console.log(m.twice(), m.get(), Modern.staticThing, m instanceof Legacy);
// extending with an expression
function pick(flag) { return flag ? Circle : Square; }
class Dynamic extends pick(false) {}
console.log(new Dynamic(2).area());
// invalid superclasses
try { class Bad extends 5 {} } catch (e) { console.log(e.constructor.name, e.message); }
try { function P() {} P.prototype = 3; class Bad3 extends P {} } catch (e) { console.log(e.constructor.name, e.message); }
try { const u2 = undefined; class Bad4 extends u2 {} } catch (e) { console.log(e.constructor.name, e.message); }
// method lookup goes through the chain dynamically
Shape.prototype.late = function () { return "late-bound " + this.name; };
console.log(u.late());
// overriding toString
class Money {
  constructor(c) { this.cents = c; }
  toString() { return "$" + (this.cents / 100).toFixed(2); }
}
class Euro extends Money { toString() { return super.toString().replace("$", "EUR "); } }
console.log(String(new Money(1234)), `${new Euro(99)}`, "total: " + new Euro(500));
// deep hierarchy
class L0 { level() { return 0; } }
class L1 extends L0 { level() { return super.level() + 1; } }
class L2 extends L1 { level() { return super.level() + 1; } }
class L3 extends L2 { level() { return super.level() + 1; } }
console.log(new L3().level(), new L3() instanceof L0);
