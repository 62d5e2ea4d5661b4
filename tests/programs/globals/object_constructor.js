// The Object constructor: Object(), Object(value), new Object(value), and wrapper objects.
console.log(typeof Object(), Object.keys(Object()).length, Object.getPrototypeOf(new Object()) === Object.prototype);
console.log(typeof Object(null), typeof Object(undefined), Object.keys(Object(null)).length);
const o = { a: 1 };
console.log(Object(o) === o, new Object(o) === o);
const arr = [1];
console.log(Object(arr) === arr);
function f() {}
console.log(Object(f) === f);
const n = Object(5);
console.log(typeof n, n instanceof Number, n + 1, n.valueOf(), n.toFixed(2), Object.prototype.toString.call(n));
const s = Object("str");
console.log(typeof s, s instanceof String, s.length, s[0], s + "!", Object.keys(s).join(","));
const b = Object(false);
console.log(typeof b, b instanceof Boolean, b.valueOf(), b ? "wrapper is truthy" : "falsy", !!b);
// wrappers are distinct objects
console.log(Object(1) === Object(1), Object(1) == 1, new Number(1) == new Number(1));
// properties on wrappers
const w = new String("ab");
w.extra = "x";
console.log(w.extra, Object.keys(w).join(","), w.length, typeof w);
// typeof of constructors called as functions (conversion)
console.log(typeof Number("5"), typeof String(5), typeof Boolean(0), Number("5") + 1, String(5) + 1, Boolean(""));
// Object.length and name
console.log(Object.length, Object.name, typeof Object.prototype, Object.prototype.constructor === Object);
// objects as Map-like dictionaries
const dict = Object.create(null);
const words = "the quick brown fox jumps over the lazy dog the end".split(" ");
for (let i = 0; i < words.length; i++) dict[words[i]] = (dict[words[i]] || 0) + 1;
console.log(Object.keys(dict).map(k => k + ":" + dict[k]).join(" "));
// dictionaries with keys that collide with Object.prototype on normal objects
const normal = {};
const tricky = ["constructor", "toString", "hasOwnProperty", "valueOf"];
for (let i = 0; i < tricky.length; i++) console.log(tricky[i], typeof normal[tricky[i]], tricky[i] in normal, normal.hasOwnProperty(tricky[i]));
// Object called with new and subclassing
class MyObj extends Object { constructor() { super(); this.made = true; } }
const mo = new MyObj();
console.log(mo.made, mo instanceof MyObj, mo instanceof Object);
// Object.prototype itself is extensible
console.log(Object.isExtensible(Object.prototype));
