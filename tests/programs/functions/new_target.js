// new.target: undefined for plain calls, the constructor for new, the derived class through super.
function F() { return new.target; }
console.log(F() === undefined, new F() === F ? "new F() returned F itself" : "other");
function G() { this.target = new.target; }
const g = new G();
console.log(g.target === G, typeof g.target);
function MustNew() {
  if (!new.target) return "called without new";
  this.ok = true;
}
console.log(MustNew(), new MustNew().ok);
function AutoNew(x) {
  if (new.target === undefined) return new AutoNew(x);
  this.x = x;
}
console.log(AutoNew(5).x, AutoNew(5) instanceof AutoNew, new AutoNew(6).x);
class Base {
  constructor() { this.created = new.target.name; }
}
class Derived extends Base {}
class MoreDerived extends Derived { constructor() { super(); this.mine = new.target === MoreDerived; } }
console.log(new Base().created, new Derived().created, new MoreDerived().created, new MoreDerived().mine);
// abstract-class pattern
class Shape {
  constructor() {
    if (new.target === Shape) throw new TypeError("Shape is abstract");
    this.kind = new.target.name.toLowerCase();
  }
}
class Circle extends Shape {}
try { new Shape(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(new Circle().kind);
// new.target in arrow functions is the enclosing function's
function Outer() { const arrow = () => new.target; return { fromArrow: arrow() }; }
console.log(new Outer().fromArrow === Outer, Outer().fromArrow);
// new.target with call/apply
function Probe() { return new.target === undefined ? "undefined" : "set"; }
console.log(Probe.call({}), Probe.apply(null, []));
// new.target via bound function is the target function
function Target() { this.nt = new.target; }
const Bound = Target.bind(null);
console.log(new Bound().nt === Target);
// new.target in methods is undefined
const obj = { m() { return new.target; } };
console.log(obj.m());
// static factory using new.target in parent
class Model {
  constructor() { this.type = new.target.type || "generic"; }
  static create() { return new this(); }
}
class User extends Model { static type = "user"; }
console.log(Model.create().type, User.create().type, User.create() instanceof User);
