// Exceptions thrown from constructors: the object is not produced.
class Point {
  constructor(x, y) {
    if (typeof x !== "number" || typeof y !== "number") throw new TypeError("Point needs numbers");
    this.x = x;
    this.y = y;
  }
}
let p = "none";
try { p = new Point(1, "2"); } catch (e) { console.log(e.message, "p is", p); }
p = new Point(3, 4);
console.log(p.x, p.y);
// side effects before the throw remain visible
const registry = [];
class Tracked {
  constructor(id) {
    registry.push(id);
    this.id = id;
    if (id < 0) throw new RangeError("bad id " + id);
  }
}
try { new Tracked(1); new Tracked(-5); new Tracked(2); } catch (e) { console.log(e.message); }
console.log("registry", registry.join(","));
// function constructors
function Legacy(v) {
  if (!(this instanceof Legacy)) throw new Error("call Legacy with new");
  this.v = v;
}
try { Legacy(1); } catch (e) { console.log(e.message); }
console.log(new Legacy(9).v);
// derived class: throw before super
class Base { constructor() { this.base = true; } }
class BeforeSuper extends Base {
  constructor(ok) {
    if (!ok) throw new Error("refused before super");
    super();
  }
}
try { new BeforeSuper(false); } catch (e) { console.log(e.message); }
console.log(new BeforeSuper(true).base);
// the base constructor throws, the derived catches nothing
class Strict extends Base {
  constructor() { super(); throw new Error("after super"); }
}
try { new Strict(); } catch (e) { console.log(e.message); }
class FailingBase { constructor() { throw new EvalError("base failed"); } }
class Child extends FailingBase { constructor() { super(); console.log("never"); } }
try { new Child(); } catch (e) { console.log(e.name, e.message); }
// forgetting super in a derived constructor
class NoSuper extends Base { constructor() { } }
try { new NoSuper(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// using this before super
class EarlyThis extends Base { constructor() { this.x = 1; super(); } }
try { new EarlyThis(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// constructor returning a primitive from a derived class
class BadReturn extends Base { constructor() { super(); return 5; } }
try { new BadReturn(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// constructor catches its own error and recovers
class Safe {
  constructor(input) {
    try {
      this.value = input.trim();
    } catch (e) {
      this.value = "default";
      this.error = e.constructor.name;
    }
  }
}
const s1 = new Safe("  hi  "), s2 = new Safe(undefined);
console.log(s1.value, s1.error, s2.value, s2.error);
