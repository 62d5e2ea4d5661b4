// Exceptions thrown from getters and setters.
const temp = {
  _c: 20,
  get celsius() { return this._c; },
  set celsius(v) {
    if (typeof v !== "number") throw new TypeError("celsius must be a number, got " + typeof v);
    if (v < -273.15) throw new RangeError("below absolute zero: " + v);
    this._c = v;
  },
  get broken() { throw new Error("getter broken"); },
};
const attempts = [25, "hot", -300, -273.15];
for (let i = 0; i < attempts.length; i++) {
  try {
    temp.celsius = attempts[i];
    console.log("set ok", temp.celsius);
  } catch (e) {
    console.log(e.name + ": " + e.message, "still", temp.celsius);
  }
}
try { console.log(temp.broken); } catch (e) { console.log("read failed:", e.message); }
// the in operator does not call getters
console.log("broken" in temp);
// Object.keys does not call getters, but Object.values does
console.log(Object.keys(temp).join(","));
try { Object.values(temp); } catch (e) { console.log("Object.values:", e.message); }
// class accessors
class Account {
  #balance = 0;
  get balance() { return this.#balance; }
  set balance(v) {
    if (v < 0) throw new RangeError("negative balance " + v);
    this.#balance = v;
  }
}
const acc = new Account();
acc.balance = 50;
try { acc.balance -= 80; } catch (e) { console.log(e.message, acc.balance); }
// accessor defined with Object.defineProperty
const o = {};
let reads = 0;
Object.defineProperty(o, "lazy", {
  get: function () { reads++; if (reads < 3) throw new Error("not ready " + reads); return "ready"; },
});
for (let i = 0; i < 4; i++) {
  try { console.log(o.lazy); } catch (e) { console.log(e.message); }
}
// getter-only property: assignment in sloppy mode is silent, in strict mode it throws
function strictAssign() {
  "use strict";
  o.lazy = 5;
}
try { strictAssign(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// Object.assign calls the setter, which throws
try {
  Object.assign(temp, { celsius: "cold" });
} catch (e) {
  console.log("Object.assign:", e.message);
}
// getter throwing while building a string
const p = { get name() { throw new ReferenceError("no name yet"); } };
try { console.log("Hello " + p.name); } catch (e) { console.log(e.name, e.message); }
// static accessor
class Config {
  static get mode() { throw new Error("mode not configured"); }
}
try { Config.mode; } catch (e) { console.log("static getter:", e.message); }
