// Exceptions thrown from class field initialisers.
function fail(msg) { throw new Error(msg); }
let order = [];
class Widget {
  a = (order.push("a"), 1);
  b = this.a > 0 ? fail("field b failed") : 2;
  c = (order.push("c"), 3);
  constructor() { order.push("ctor body"); }
}
try { new Widget(); } catch (e) { console.log(e.message, "order:", order.join(",")); }
// static field initialiser throwing during class definition
let Defined = "not defined";
try {
  Defined = class {
    static ok = 1;
    static bad = fail("static field failed");
  };
} catch (e) {
  console.log(e.message, Defined);
}
// field initialisers in a derived class run after super() returns
order = [];
class Parent { constructor() { order.push("parent"); } }
class Kid extends Parent {
  x = (order.push("field x"), fail("kid field"));
  constructor() {
    order.push("before super");
    super();
    order.push("after super");
  }
}
try { new Kid(); } catch (e) { console.log(e.message, "order:", order.join(",")); }
// private field initialiser fault
class Secret {
  #key = undefined.length;
  reveal() { return this.#key; }
}
try { new Secret(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// field reading a not-yet-initialised private field
class Early {
  a = this.#b;
  #b = 1;
}
try { new Early(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// field initialiser that catches its own error
class Tolerant {
  value = (function () { try { return null.x; } catch (e) { return "fallback"; } })();
}
console.log(new Tolerant().value);
// each instance re-runs the initialisers, so failures are per instance
let n = 0;
class Flaky {
  id = ++n;
  check = this.id % 2 === 0 ? fail("even id " + this.id) : "odd";
}
const made = [];
for (let i = 0; i < 4; i++) {
  try { made.push(new Flaky().id); } catch (e) { made.push(e.message); }
}
console.log(made.join(" / "));
// arrow function fields capture this; calling them later can throw
class Handler {
  name = "h";
  run = () => { if (!this.ready) throw new Error(this.name + " not ready"); return "ran"; };
}
const h = new Handler();
try { h.run(); } catch (e) { console.log(e.message); }
h.ready = true;
console.log(h.run());
// a computed field key that throws prevents the class from being defined
function badKey() { throw new TypeError("key computation failed"); }
try {
  const K = class { [badKey()] = 1; };
  console.log("defined", typeof K);
} catch (e) {
  console.log(e.name, e.message);
}
// a static initialiser that reads a later static field sees undefined
class Order2 {
  static first = Order2.second === undefined ? "second not yet set" : "set";
  static second = 2;
}
console.log(Order2.first, Order2.second);
