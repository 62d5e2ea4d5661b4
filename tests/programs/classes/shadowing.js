// Shadowing: instance properties over prototype methods, subclass methods over base, statics, fields.
class Base {
  constructor() { this.own = "own from Base"; }
  method() { return "Base.method"; }
  other() { return "Base.other calls " + this.method(); }
  static create() { return "Base.create"; }
}
class Derived extends Base {
  method() { return "Derived.method"; }
  static create() { return "Derived.create"; }
}
const d = new Derived();
console.log(d.method(), d.other(), Derived.create(), Base.create());
// an instance property shadows the prototype method
d.method = function () { return "instance method"; };
console.log(d.method(), d.other(), Derived.prototype.method.call(d));
delete d.method;
console.log(d.method());
// a field shadows a prototype method
class FieldShadow extends Base { method = () => "field arrow"; }
const fs = new FieldShadow();
console.log(fs.method(), fs.other(), Object.keys(fs).join(","));
// shadowing a base field with a derived field
class F1 { x = "F1"; readX() { return this.x; } }
class F2 extends F1 { x = "F2"; }
console.log(new F2().readX(), new F1().readX());
// shadowing prototype properties with different types
Base.prototype.flag = true;
const b = new Base();
b.flag = "string now";
console.log(typeof b.flag, typeof new Base().flag);
// method name shadowing Object.prototype methods
class Custom {
  toString() { return "Custom!"; }
  valueOf() { return 42; }
  hasOwnProperty() { return "hijacked"; }
}
const cu = new Custom();
console.log(String(cu), cu + 0, `${cu}`, cu.hasOwnProperty("x"), Object.prototype.hasOwnProperty.call(cu, "x"));
// block-scoped class shadowing an outer class
class Thing { kind() { return "outer"; } }
{
  class Thing { kind() { return "inner"; } }
  console.log(new Thing().kind());
}
console.log(new Thing().kind());
// function parameter shadows a class name
function make(Thing) { return new Thing().kind(); }
console.log(make(class { kind() { return "param"; } }));
// constructor property shadowing
class Ctor {}
const ct = new Ctor();
ct.constructor = "own";
console.log(ct.constructor, Object.getPrototypeOf(ct).constructor === Ctor);
// static shadowing a parent static field
class P { static v = "P"; static read() { return this.v; } }
class Q extends P { static v = "Q"; }
class R extends P {}
console.log(P.read(), Q.read(), R.read());
