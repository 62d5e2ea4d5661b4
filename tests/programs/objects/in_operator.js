// The in operator and hasOwnProperty: own vs inherited, non-enumerable, arrays, errors.
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = 2;
o.undef = undefined;
Object.defineProperty(o, "hidden", { value: 3, enumerable: false });
const names = ["own", "undef", "hidden", "inherited", "missing", "toString", "hasOwnProperty", "constructor"];
for (let i = 0; i < names.length; i++) {
  const k = names[i];
  console.log(k, k in o, o.hasOwnProperty(k), o.propertyIsEnumerable(k));
}
const arr = [10, , 30];
console.log(0 in arr, 1 in arr, 2 in arr, 3 in arr, "length" in arr, "push" in arr);
console.log("0" in arr, arr.hasOwnProperty(0), arr.hasOwnProperty("length"), arr.hasOwnProperty("push"));
console.log(1 in { 1: "x" }, "1" in { 1: "x" }, 1.0 in { 1: "x" }, "1.0" in { 1: "x" });
function F() {}
console.log("prototype" in F, "name" in F, "call" in F, F.hasOwnProperty("call"));
try {
  console.log("x" in "hello");
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  console.log("x" in 5);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  console.log("x" in null);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// hasOwnProperty on objects that shadow it
const shadow = { hasOwnProperty() { return "shadowed"; }, real: 1 };
console.log(shadow.hasOwnProperty("real"), Object.prototype.hasOwnProperty.call(shadow, "real"));
const nullProto = Object.create(null);
nullProto.k = 1;
console.log("k" in nullProto, "toString" in nullProto, Object.prototype.hasOwnProperty.call(nullProto, "k"));
// in sees getters without calling them
let called = false;
const g = { get lazy() { called = true; return 1; } };
console.log("lazy" in g, called);
// deleted property no longer in
delete o.own;
console.log("own" in o, o.hasOwnProperty("own"));
// in with symbols-free computed keys
const key = "in" + "herited";
console.log(key in o, !("nope" in o));
