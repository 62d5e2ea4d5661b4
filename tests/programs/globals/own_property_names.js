// Object.getOwnPropertyNames: all own string keys, including non-enumerable ones.
const o = { b: 1, a: 2, 1: 3 };
Object.defineProperty(o, "hidden", { value: 4 });
console.log(Object.getOwnPropertyNames(o).join(","), Object.keys(o).join(","));
console.log(Object.getOwnPropertyNames([1, 2]).join(","));
console.log(Object.getOwnPropertyNames("ab").join(","));
console.log(Object.getOwnPropertyNames(function f(a, b) { "use strict"; }).sort().join(","));
console.log(Object.getOwnPropertyNames(() => {}).sort().join(","));
console.log(Object.getOwnPropertyNames(class K { static s = 1; m() {} }).sort().join(","));
class P { constructor() { this.f = 1; } m() {} get g() { return 1; } static st() {} }
console.log(Object.getOwnPropertyNames(P.prototype).join(","), Object.getOwnPropertyNames(new P()).join(","));
console.log(Object.getOwnPropertyNames(Object.create({ inherited: 1 })).length);
try { Object.getOwnPropertyNames(null); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.getOwnPropertyNames(5).length, Object.getOwnPropertyNames(true).length);
// selected built-ins (sorted for stability)
const mathNames = Object.getOwnPropertyNames(Math);
console.log(mathNames.indexOf("PI") >= 0, mathNames.indexOf("max") >= 0, mathNames.indexOf("sqrt") >= 0);
const objNames = Object.getOwnPropertyNames(Object).filter(n => ["keys", "values", "entries", "assign", "create", "freeze", "is", "hasOwn", "fromEntries"].indexOf(n) >= 0).sort();
console.log(objNames.join(","));
const protoNames = Object.getOwnPropertyNames(Object.prototype).filter(n => n.indexOf("__") !== 0).sort();
console.log(protoNames.join(","));
const arrProtoNames = ["push", "pop", "map", "filter", "join", "length", "constructor"].filter(n => Object.getOwnPropertyNames(Array.prototype).indexOf(n) >= 0);
console.log(arrProtoNames.join(","));
// order after deletes and re-adds
const ord = { x: 1, y: 2, z: 3 };
delete ord.x;
ord.x = 4;
Object.defineProperty(ord, "w", { value: 5 });
ord[0] = "zero";
console.log(Object.getOwnPropertyNames(ord).join(","));
// arguments objects
function args() { return Object.getOwnPropertyNames(arguments).join(","); }
console.log(args("a", "b"));
// a property defined with a numeric-string key
const num = {};
Object.defineProperty(num, "10", { value: 1 });
Object.defineProperty(num, "2", { value: 1, enumerable: true });
num.s = 1;
console.log(Object.getOwnPropertyNames(num).join(","), Object.keys(num).join(","));
