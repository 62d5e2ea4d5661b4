// Calling a class constructor without new is a TypeError; other class misuse errors.
class Point { constructor(x) { this.x = x; } }
class Sub extends Point {}
const Anon = class {};
const Named = class Inner {};
function attempt(label, f) {
  try { const r = f(); console.log(label, "ok", r); } catch (e) { console.log(label, e.constructor.name + ":", e.message); }
}
attempt("call Point", () => Point(1));
attempt("call Sub", () => Sub());
attempt("call anonymous class", () => Anon());
attempt("call named class expression", () => Named());
attempt("Point.call", () => Point.call({}, 1));
attempt("Point.apply", () => Point.apply({}, [1]));
attempt("bound class call", () => Point.bind(null)());
attempt("class as callback", () => [1].map(Point));
const ns = { Point: Point };
attempt("member call", () => ns.Point(2));
attempt("new works", () => new Point(3).x);
attempt("new member works", () => new ns.Point(4).x);
// methods are not constructors
attempt("new on method", () => new (new Point(1)).constructor(5).x);
const inst = new Point(1);
class WithMethod { m() {} static s() {} get g() { return 1; } }
const wm = new WithMethod();
attempt("new instance method", () => new wm.m());
attempt("new static method", () => new WithMethod.s());
// typeof and class checks
console.log(typeof Point, Point.prototype.constructor === Point, inst.constructor.name);
// calling a class via super-like patterns in ES5 style fails
function ES5Child() { Point.call(this, 1); }
attempt("ES5 child calling class", () => new ES5Child());
// using a class before initialization
attempt("TDZ use", () => { const x = new Later(); class Later {} return x; });
// class declarations cannot be re-assigned inside their body but can outside
class Mutable {}
Mutable = "replaced";
console.log(typeof Mutable);
// calling an instance
attempt("call instance", () => inst());
attempt("call undefined method", () => inst.nope());
attempt("call property of undefined", () => inst.nope.deeper());
