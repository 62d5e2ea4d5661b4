// Class expressions: anonymous, named (inner binding), immediately used, returned from functions.
const Anon = class {
  hi() { return "anon hi"; }
};
console.log(Anon.name, new Anon().hi());
const Named = class InnerName {
  who() { return InnerName.name; }
  static self() { return InnerName; }
};
console.log(Named.name, new Named().who(), Named.self() === Named, typeof InnerName);
// the inner name binding is constant
const Const = class Me {
  tryReassign() {
    try { Me = null; return "reassigned"; } catch (e) { return e.constructor.name + ": " + e.message; }
  }
};
console.log(new Const().tryReassign());
// the outer binding can be reassigned without affecting inner references
let Outer = class Self { make() { return new Self(); } };
const Saved = Outer;
Outer = null;
console.log(new Saved().make() instanceof Saved);
// class factory with closures
function makeCounterClass(step) {
  return class {
    constructor() { this.n = 0; }
    inc() { this.n += step; return this.n; }
  };
}
const By2 = makeCounterClass(2), By5 = makeCounterClass(5);
const c2 = new By2(), c5 = new By5();
c2.inc(); c5.inc();
console.log(c2.inc(), c5.inc(), By2 === By5, By2.name === "");
// immediately instantiated class expression
const singleton = new (class { constructor() { this.id = "single"; } })();
console.log(singleton.id);
// class expression as argument and in objects
function instantiate(C, arg) { return new C(arg); }
console.log(instantiate(class { constructor(v) { this.v = v * 2; } }, 21).v);
const registry = { Thing: class { kind() { return "thing"; } } };
console.log(new registry.Thing().kind(), registry.Thing.name);
// mixins via class expressions
const Serializable = Base => class extends Base { serialize() { return Object.keys(this).map(k => k + "=" + this[k]).join("&"); } };
const Named2 = Base => class extends Base { getName() { return this.name; } };
class Model { constructor(name) { this.name = name; this.id = 7; } }
class Rich extends Serializable(Named2(Model)) {}
const r = new Rich("widget");
console.log(r.serialize(), r.getName(), r instanceof Model);
// classes in arrays
const classes = [class A {}, class B {}, class {}];
console.log(classes.map(C => C.name || "(anonymous)").join(","));
// typeof and toString tag
console.log(typeof Anon, Object.prototype.toString.call(Anon), Object.prototype.toString.call(new Anon()));
