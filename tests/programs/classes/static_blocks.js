// Static initialization blocks: order with static fields, this, access to privates, multiple blocks.
const log = [];
class Config {
  static a = (log.push("field a"), 1);
  static {
    log.push("block 1 sees a=" + this.a + " b=" + this.b);
    this.derived = this.a * 100;
  }
  static b = (log.push("field b"), 2);
  static {
    log.push("block 2 sees b=" + Config.b);
    let local = "block-scoped";
    this.fromBlock = local;
  }
}
console.log(log.join(" | "));
console.log(Config.derived, Config.fromBlock, typeof local);
// static block with private access
let readSecret;
class Vault {
  #secret = "s3cret";
  static #count = 0;
  static {
    readSecret = v => v.#secret;
    Vault.#count = 10;
  }
  static count() { return Vault.#count; }
}
console.log(readSecret(new Vault()), Vault.count());
// static blocks run once, at class definition time, before any instance
let runs = 0;
class Once { static { runs++; } }
new Once(); new Once();
console.log("runs", runs);
// exceptions in static blocks abort the class definition
try {
  class Broken { static { throw new Error("static block failed"); } }
} catch (e) {
  console.log(e.message);
}
// static blocks in subclasses run after the parent is fully defined
const order = [];
class P { static { order.push("P block"); } static x = (order.push("P field"), "px"); }
class Q extends P { static { order.push("Q block sees " + this.x + " via " + super.x); } }
console.log(order.join(", "));
// try/catch inside static block to compute a default
class Safe {
  static value;
  static {
    try { this.value = JSON_like_parse("bad"); } catch (e) { this.value = "default (" + e.message + ")"; }
  }
}
function JSON_like_parse(s) { if (s !== "good") throw new SyntaxError("cannot parse " + s); return s; }
console.log(Safe.value);
// var declarations inside static blocks do not leak
class NoLeak { static { var hidden = 1; this.saw = hidden; } }
console.log(NoLeak.saw, typeof hidden);
// static block referencing the class name and instance creation
class Registry {
  static items = [];
  static { for (let i = 0; i < 3; i++) Registry.items.push(new Registry(i)); }
  constructor(i) { this.i = i; }
}
console.log(Registry.items.map(r => r.i).join(","), Registry.items[0] instanceof Registry);
