// Derived constructors: this before super() is a ReferenceError; missing super and return rules.
class Base { constructor() { this.base = true; } }
function report(label, f) {
  try {
    const r = f();
    console.log(label, "ok", Object.keys(r).join(","));
  } catch (e) {
    console.log(label, e.constructor.name + ":", e.message);
  }
}
class ThisFirst extends Base { constructor() { this.x = 1; super(); } }
report("this before super", () => new ThisFirst());
class ReadFirst extends Base { constructor() { const t = this; super(); } }
report("read this before super", () => new ReadFirst());
class NoSuper extends Base { constructor() { } }
report("no super call", () => new NoSuper());
class ArrowBefore extends Base { constructor() { const f = () => this; f(); super(); } }
report("arrow this before super", () => new ArrowBefore());
class ArrowAfter extends Base { constructor() { const f = () => this; super(); f().arrow = 1; } }
report("arrow this after super", () => new ArrowAfter());
class ArrowSuper extends Base { constructor() { const callSuper = () => super(); callSuper(); this.viaArrow = 1; } }
report("super inside arrow", () => new ArrowSuper());
class ReturnObject extends Base { constructor() { return { replaced: 1 }; } }
report("return object without super", () => new ReturnObject());
class ReturnUndefined extends Base { constructor() { super(); return undefined; } }
report("return undefined after super", () => new ReturnUndefined());
class ReturnPrimitive extends Base { constructor() { super(); return 1; } }
report("return primitive", () => new ReturnPrimitive());
class ReturnNull extends Base { constructor() { super(); return null; } }
report("return null", () => new ReturnNull());
class SuperInTry extends Base {
  constructor() {
    let caught = "nothing";
    try { this.early = 1; } catch (e) { caught = e.constructor.name; }
    super();
    this.after = caught;
  }
}
report("caught inside ctor", () => new SuperInTry());
console.log(new SuperInTry().after);
class ConditionalSuper extends Base {
  constructor(flag) { if (flag) super(); }
}
report("conditional super (true)", () => new ConditionalSuper(true));
report("conditional super (false)", () => new ConditionalSuper(false));
// super property access before super() is also an error
class PropBefore extends Base { constructor() { super.x; super(); } }
report("super.x before super()", () => new PropBefore());
// fields are initialised right after super() returns
class Fields extends Base {
  field = (this.base ? "base already set" : "base missing");
  constructor() { super(); this.after = this.field; }
}
report("fields after super", () => new Fields());
console.log(new Fields().field);
// typeof this does not help
class TypeofThis extends Base { constructor() { const t = typeof this; super(); } }
report("typeof this before super", () => new TypeofThis());
