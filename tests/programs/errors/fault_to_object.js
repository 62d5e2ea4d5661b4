// "Cannot convert undefined or null to object" and friends.
function report(label, f) {
  try {
    console.log(label, "-> ok:", f());
  } catch (e) {
    console.log(label, "->", e.constructor.name + ":", e.message);
  }
}
report("Object.keys(undefined)", function () { return Object.keys(undefined); });
report("Object.keys(null)", function () { return Object.keys(null); });
report("Object.values(null)", function () { return Object.values(null); });
report("Object.entries(undefined)", function () { return Object.entries(undefined); });
report("Object.assign(null, {})", function () { return Object.assign(null, {}); });
report("Object.assign({}, null)", function () { return Object.keys(Object.assign({}, null)).length; });
report("Object.getPrototypeOf(null)", function () { return Object.getPrototypeOf(null); });
report("Object.getOwnPropertyNames(undefined)", function () { return Object.getOwnPropertyNames(undefined); });
report("Object.keys(5)", function () { return Object.keys(5).length; });
report("Object.keys('ab')", function () { return Object.keys("ab").join(","); });
report("Object.create(5)", function () { return Object.create(5); });
report("Object.create(null)", function () { return typeof Object.create(null); });
report("Object.defineProperty(1, 'x', {})", function () { return Object.defineProperty(1, "x", {}); });
report("Object.setPrototypeOf(null, {})", function () { return Object.setPrototypeOf(null, {}); });
report("Array.prototype.map.call(null)", function () { return Array.prototype.map.call(null, function (x) { return x; }); });
report("Array.from(null)", function () { return Array.from(null); });
report("String.prototype.trim.call(null)", function () { return String.prototype.trim.call(null); });
report("String.prototype.toUpperCase.call(undefined)", function () { return String.prototype.toUpperCase.call(undefined); });
report("for-in over null", function () { let n = 0; for (const k in null) n++; return n; });
report("for-in over undefined", function () { let n = 0; for (const k in undefined) n++; return n; });
// frozen objects
const frozen = Object.freeze({ a: 1 });
report("sloppy write to frozen", function () { frozen.a = 2; return frozen.a; });
report("strict write to frozen", function () { "use strict"; frozen.a = 2; return frozen.a; });
report("strict add to frozen", function () { "use strict"; frozen.b = 2; });
report("strict delete from frozen", function () { "use strict"; delete frozen.a; });
report("defineProperty on frozen", function () { Object.defineProperty(frozen, "a", { value: 5 }); });
const sealed = Object.seal({ s: 1 });
report("strict add to sealed", function () { "use strict"; sealed.t = 1; });
report("strict write to sealed", function () { "use strict"; sealed.s = 9; return sealed.s; });
const noExt = Object.preventExtensions({ p: 1 });
report("strict add to non-extensible", function () { "use strict"; noExt.q = 1; });
const ro = {};
Object.defineProperty(ro, "fixed", { value: 1, writable: false });
report("strict write read-only", function () { "use strict"; ro.fixed = 2; });
report("redefine non-configurable", function () { Object.defineProperty(ro, "fixed", { value: 3 }); });
report("strict write to string index", function () { "use strict"; const s = "abc"; s[0] = "z"; });
report("strict write to primitive property", function () { "use strict"; const n = 5; n.x = 1; });
report("prototype cycle", function () { const a = {}; const b = Object.create(a); Object.setPrototypeOf(a, b); });
