// Class field initialisation order: base fields, base constructor, derived fields, derived constructor.
const log = [];
function note(msg, v) { log.push(msg); return v; }
class Base {
  a = note("Base field a", 1);
  static s1 = note("Base static s1", "s1");
  b = note("Base field b sees a=" + this.a, 2);
  constructor() {
    note("Base constructor sees b=" + this.b + " derivedField=" + this.d);
    this.fromBase = this.describe();
  }
  describe() { return "Base.describe"; }
  static s2 = note("Base static s2", "s2");
}
note("--- Base defined");
class Derived extends Base {
  d = note("Derived field d sees a=" + this.a, 4);
  [note("Derived computed key evaluated", "e")] = note("Derived field e", 5);
  constructor() {
    note("Derived constructor before super");
    super();
    note("Derived constructor after super, d=" + this.d);
  }
  describe() { return "Derived.describe sees d=" + this.d; }
}
note("--- Derived defined");
const obj = new Derived();
log.forEach((line, i) => console.log(i + 1, line));
console.log(obj.fromBase);
console.log(Object.keys(obj).join(","));
// fields shadow prototype accessors; Object.defineProperty semantics (setters not called)
let setterCalls = 0;
class WithSetter { set x(v) { setterCalls++; } }
class FieldX extends WithSetter { x = 1; }
const fx = new FieldX();
console.log(fx.x, setterCalls, fx.hasOwnProperty("x"), Object.getOwnPropertyDescriptor(fx, "x").enumerable);
// fields without initialisers are undefined but present
class Uninit { a; b = 2; }
const u = new Uninit();
console.log("a" in u, u.a, Object.keys(u).join(","));
// arrow functions in field initialisers capture the instance
class Arrows { name = "inst"; get = () => this.name; }
const ar = new Arrows();
const g = ar.get;
console.log(g());
// field initialisers run per instance
let n = 0;
class PerInstance { id = ++n; }
console.log(new PerInstance().id, new PerInstance().id, new PerInstance().id);
// field initialiser throwing aborts construction
class Throws { ok = 1; bad = (() => { throw new Error("field init failed"); })(); }
try { new Throws(); } catch (e) { console.log(e.message); }
// fields with same name as a method: field is own, method on prototype
class Both { m = "field"; m() { return "method"; } }
const both = new Both();
console.log(both.m, Both.prototype.m.call(both));
