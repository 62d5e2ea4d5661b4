// kiln-test: script
// A classic script (kiln build --script): top-level `var` and function
// declarations are properties of the global object, shared with
// `globalThis.x` reads and writes, and `this` is the global object.
var x = 1;
console.log(this === globalThis, globalThis.x);
console.log(Object.getOwnPropertyDescriptor(globalThis, "x"));
function f() {
  return x;
}
console.log(typeof globalThis.f, f(), delete globalThis.x, delete globalThis.f);
globalThis.x = "changed";
console.log(f(), x);
globalThis.f = function () {
  return 42;
};
console.log(f());
var y;
console.log("y" in globalThis, y, Object.keys(globalThis).includes("y"));
for (var i = 0; i < 3; i++) {}
console.log(globalThis.i);
var { a, b: [c] } = { a: 1, b: [2] };
console.log(globalThis.a, globalThis.c);
let z = 3;
const w = 4;
class K {}
console.log(globalThis.z, globalThis.w, globalThis.K, z + w);
(() => console.log(this === globalThis))();
console.log(Object.getOwnPropertyDescriptor(globalThis, "f").configurable);
// Hoisted: the function and the var exist before the first statement ran.
console.log(typeof later, typeof hoistedVar, globalThis.hoistedVar);
function later() {}
var hoistedVar = "set";
console.log(hoistedVar);
// A function declaration over an existing configurable global property.
globalThis.conf = 5;
console.log(Object.getOwnPropertyDescriptor(globalThis, "conf").configurable);
function conf() {}
console.log(typeof conf, Object.getOwnPropertyDescriptor(globalThis, "conf").configurable);
// Sloppy functions' `this` is the same global object.
function who() {
  return this;
}
console.log(who() === this);
// Assignment through `this`.
this.viaThis = 7;
console.log(viaThis);
