// super(...) and super.x / super.method() in constructors, methods, static methods, object literals.
class A {
  constructor(x) { this.x = x; this.log = ["A ctor " + x]; }
  greet(n) { return "A.greet(" + n + ") x=" + this.x; }
  get prop() { return "A.prop of " + this.x; }
  static make() { return "A.make via " + this.name; }
}
class B extends A {
  constructor(x, y) {
    super(x * 10);
    this.y = y;
    this.log.push("B ctor " + y);
  }
  greet(n) { return "B wraps [" + super.greet(n + 1) + "]"; }
  get prop() { return "B sees " + super.prop; }
  static make() { return "B.make -> " + super.make(); }
  callParentLater() { const f = () => super.greet("arrow"); return f(); }
}
const b = new B(1, 2);
console.log(b.x, b.y, b.log.join(" / "));
console.log(b.greet(5));
console.log(b.prop);
console.log(B.make());
console.log(b.callParentLater());
// super property lookup starts at the home object's prototype, with this = current receiver
class C extends B {
  greet(n) { return "C then " + super.greet(n); }
}
console.log(new C(3, 4).greet(0));
// super.x for data properties on the prototype
A.prototype.shared = "shared on A.prototype";
class D extends A { read() { return super.shared + " / " + super.missing; } }
console.log(new D(0).read());
// assigning through super sets on this
class E extends A {
  setIt() { super.assigned = "value"; return this.hasOwnProperty("assigned") + " " + this.assigned; }
}
console.log(new E(0).setIt());
// super in object literal methods
const base = { hello() { return "base hello from " + this.id; } };
const derived = { __proto__: base, id: "derived", hello() { return "derived -> " + super.hello(); } };
console.log(derived.hello());
// super.method borrowed: home object is fixed at definition
const borrowed = { __proto__: { hello() { return "other proto"; } }, id: "borrower", hello: derived.hello };
console.log(borrowed.hello());
// super() called twice throws
class Twice extends A {
  constructor() {
    super(1);
    try { super(2); } catch (e) { this.err = e.constructor.name + ": " + e.message; }
  }
}
console.log(new Twice().err);
// super() result is this
class Ret extends A { constructor() { const r = super(7); this.same = r === this; } }
console.log(new Ret().same);
// arguments evaluated before parent constructor runs
class Order extends A {
  constructor() {
    const order = [];
    super((order.push("arg evaluated"), 5));
    order.push("after super x=" + this.x);
    this.order = order;
  }
}
console.log(new Order().order.join(", "));
// super in static blocks/fields refers to parent constructor
class S extends A { static info = super.make(); }
console.log(S.info);
// conditional super call
class Cond extends A {
  constructor(flag) { if (flag) { super("yes"); } else { super("no"); } }
}
console.log(new Cond(true).x, new Cond(false).x);
