// Arrays are objects: named properties, Array.isArray, instanceof, prototype methods, constructors.
const a = [1, 2, 3];
a.label = "numbers";
a["x y"] = true;
console.log(a.length, a.label, a["x y"], Object.keys(a).join(","));
console.log(Array.isArray(a), Array.isArray({ length: 0 }), Array.isArray("abc"), Array.isArray(null), Array.isArray(Array.prototype));
console.log(a instanceof Array, a instanceof Object, typeof a, a.constructor === Array);
console.log(Object.getPrototypeOf(a) === Array.prototype, Object.getPrototypeOf(Array.prototype) === Object.prototype);
// methods are shared on the prototype
console.log(a.push === [].push, a.hasOwnProperty("push"), "push" in a);
// adding a method to Array.prototype is visible to all arrays
Array.prototype.sumAll = function () { let s = 0; for (let i = 0; i < this.length; i++) s += this[i]; return s; };
console.log(a.sumAll(), [10, 20].sumAll());
const keysWithProto = [];
for (const k in [7]) keysWithProto.push(k);
console.log(keysWithProto.join(","));
delete Array.prototype.sumAll;
console.log(typeof a.sumAll);
// Array.of and Array constructor
console.log(Array.of(3).length, Array.of(1, 2, 3).join(""), Array.of().length, Array.of(undefined).length);
console.log(new Array(5).length, new Array("5").length, Array(1, 2).length);
// array equality is identity
const b = [1, 2, 3];
console.log(a == b, a === a, [1] == 1, [1] == "1", [] == false, [0] == false, [] == "");
// arrays as keys
const o = {};
o[[1, 2]] = "joined key";
console.log(Object.keys(o)[0], o["1,2"]);
// arrays with methods stored on them
const calc = [1, 2, 3];
calc.total = function () { return this.reduce((x, y) => x + y, 0); };
console.log(calc.total());
// typeof and truthiness
console.log(typeof [], !![], !![0], [] ? "truthy" : "falsy");
// Object.keys / values / entries on arrays
const e = ["a", "b"];
console.log(Object.keys(e).join(","), Object.values(e).join(","), Object.entries(e).map(p => p.join("=")).join(";"));
// Array.prototype.at, fill, lastIndexOf, keys via join
console.log([1, 2, 3].at(-1), [1, 2, 3].at(0), [1, 2, 3].at(5));
console.log(new Array(4).fill(0).join(""), [1, 2, 3, 4].fill("x", 1, 3).join(""));
// flat / flatMap / copyWithin
console.log([1, [2, [3, [4]]]].flat().length, [1, [2, [3, [4]]]].flat(Infinity).join(""), [1, 2].flatMap(x => [x, x * 10]).join(","));
console.log([1, 2, 3, 4, 5].copyWithin(0, 3).join(""));
// toString on Array.prototype applied to objects
console.log(Object.prototype.toString.call([]), Array.prototype.join.call({ length: 2, 0: "p", 1: "q" }, "+"));
