// Object.keys, Object.values, Object.entries: own enumerable string keys only, in property order.
const proto = { inherited: 1 };
const o = Object.create(proto);
o.b = 2;
o.a = 1;
o[2] = "two";
o[1] = "one";
Object.defineProperty(o, "hidden", { value: "h", enumerable: false });
console.log(Object.keys(o).join(","));
console.log(Object.values(o).join(","));
console.log(Object.entries(o).map(e => e[0] + ":" + e[1]).join(" "));
console.log(Array.isArray(Object.keys(o)), Array.isArray(Object.entries(o)[0]), Object.entries(o)[0].length);
// primitives are coerced
console.log(Object.keys("abc").join(","), Object.values("abc").join(","), Object.entries("ab").join(";"));
console.log(Object.keys(42).length, Object.keys(true).length);
try { Object.keys(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.values(undefined); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.entries(null); } catch (e) { console.log(e.constructor.name, e.message); }
// arrays and sparse arrays
console.log(Object.keys([4, , 6]).join(","), Object.values([4, , 6]).join(","));
const arrWithProp = ["x"];
arrWithProp.p = "y";
console.log(Object.keys(arrWithProp).join(","), Object.values(arrWithProp).join(","));
// functions and classes
function f() {}
f.prop = 1;
console.log(Object.keys(f).join(","), Object.keys(class { static s = 1; m() {} }).join(","));
// getters are invoked by values/entries
let calls = 0;
const g = { get lazy() { calls++; return "computed"; }, plain: 1 };
console.log(Object.keys(g).join(","), calls, Object.values(g).join(","), calls, Object.entries(g)[0][1], calls);
// getter deleting a later key during values(): deleted keys are skipped
const mutating = {
  get first() { delete this.second; return 1; },
  second: 2,
  third: 3,
};
console.log(Object.values(mutating).join(","));
// empty objects
console.log(Object.keys({}).length, Object.values({}).length, Object.entries({}).length);
// round trip with fromEntries
const copy = Object.fromEntries(Object.entries({ x: 1, y: [2] }));
console.log(Object.keys(copy).join(","), copy.y[0]);
// counting and summing with keys
const scores = { ann: 90, bob: 72, cid: 85 };
const total = Object.values(scores).reduce((a, b) => a + b, 0);
const best = Object.keys(scores).reduce((a, b) => (scores[a] >= scores[b] ? a : b));
console.log(total, best, Object.entries(scores).filter(e => e[1] > 80).map(e => e[0]).join("+"));
// class instances: only own fields
class P { constructor() { this.x = 1; } get y() { return 2; } method() {} }
console.log(Object.keys(new P()).join(","), Object.entries(new P()).join(";"));
// keys of an object with numeric-like and symbol-free keys
console.log(Object.keys({ "10": 1, "9": 1, "a": 1, "-1": 1, "1.5": 1 }).join(","));
