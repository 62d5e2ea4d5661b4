// Accessors on the prototype chain: inherited getters/setters, overriding only one half, super access.
class A {
  constructor() { this._v = "A"; }
  get v() { return "A.get(" + this._v + ")"; }
  set v(x) { this._v = "A.set(" + x + ")"; }
}
class B extends A {
  get v() { return "B.get->" + super.v; }
}
class C extends B {
  set v(x) { super.v = "C(" + x + ")"; }
}
const b = new B();
console.log(b.v);
b.v = 1;
console.log(b._v, b.hasOwnProperty("v"), b.v);
const c = new C();
console.log(c.v);
try { c.v = 2; } catch (err) { console.log(err.constructor.name + ":", err.message); }
console.log(c._v);
// a getter-only override hides the inherited setter entirely
class D extends A { get v() { return "D"; } }
const d = new D();
function strictSet(o) { "use strict"; try { o.v = 3; return "set ok"; } catch (e) { return e.constructor.name + ": " + e.message; } }
console.log(strictSet(d), d._v);
// data property on the chain blocks an accessor further up
class E extends A {}
Object.defineProperty(E.prototype, "v", { value: "E data", writable: false });
const e = new E();
console.log(e.v, strictSet(e), e.hasOwnProperty("v"));
// accessors through Object.create chains
const root = { get who() { return "root sees " + this.name; } };
const mid = Object.create(root);
mid.name = "mid";
const leaf = Object.create(mid);
leaf.name = "leaf";
console.log(mid.who, leaf.who);
// super.x resolves to the getter with this = instance
class Base2 { get info() { return "info for " + this.id; } }
class Derived2 extends Base2 {
  constructor(id) { super(); this.id = id; }
  get info() { return "[" + super.info + "]"; }
  method() { return super.info; }
}
const d2 = new Derived2(7);
console.log(d2.info, d2.method());
// redefine a prototype accessor at runtime
Object.defineProperty(Base2.prototype, "info", { get() { return "redefined " + this.id; } });
console.log(d2.info);
// instance own accessor wins over prototype accessor
Object.defineProperty(d2, "info", { get() { return "own accessor"; } });
console.log(d2.info, d2.method());
// static accessor chain
class S1 { static get label() { return "S1 label of " + this.name; } }
class S2 extends S1 {}
class S3 extends S2 { static get label() { return "S3 wraps " + super.label; } }
console.log(S2.label, S3.label);
