// Functions are objects: custom properties, memoisation caches, counters, methods on functions.
function f() { f.calls = (f.calls || 0) + 1; return f.calls; }
f(); f(); f();
console.log(f.calls, typeof f, f instanceof Object, f instanceof Function);
f.meta = { author: "kiln", tags: ["a", "b"] };
console.log(f.meta.author, f.meta.tags.length, Object.keys(f).join(","));
f.helper = function () { return "helper of " + this.name; };
console.log(f.helper());
// memoisation cache stored on the function
function fib(n) {
  if (n in fib.cache) return fib.cache[n];
  const r = n < 2 ? n : fib(n - 1) + fib(n - 2);
  fib.cache[n] = r;
  return r;
}
fib.cache = {};
console.log(fib(50), Object.keys(fib.cache).length);
// static-like properties on constructor functions
function Temp(c) { this.c = c; }
Temp.fromF = function (f) { return new Temp((f - 32) * 5 / 9); };
Temp.ZERO = new Temp(0);
console.log(Temp.fromF(212).c, Temp.ZERO.c, Temp.ZERO instanceof Temp);
// arrows and methods can hold properties too
const arrow = () => arrow.value;
arrow.value = "arrow prop";
console.log(arrow());
// functions as keys and values in objects
const registry = {};
function handlerA() { return "A"; }
function handlerB() { return "B"; }
registry[handlerA.name] = handlerA;
registry[handlerB.name] = handlerB;
console.log(Object.keys(registry).join(","), registry.handlerB());
// deleting and enumerating function properties
delete f.helper;
console.log(Object.keys(f).join(","), "helper" in f);
const names = Object.getOwnPropertyNames(function g(a) { "use strict"; }).sort();
console.log(names.join(","));
const arrowNames = Object.getOwnPropertyNames(() => {}).sort();
console.log(arrowNames.join(","));
// function identity and equality
const g1 = function () {};
const g2 = function () {};
console.log(g1 === g1, g1 === g2, g1 == g2);
// closures created per call are distinct objects with their own properties
function make() { const inner = function () {}; inner.id = make.count = (make.count || 0) + 1; return inner; }
const m1 = make(), m2 = make();
console.log(m1 !== m2, m1.id, m2.id, make.count);
// Function.prototype methods available via the chain
console.log(typeof f.call, typeof f.apply, typeof f.bind, Object.getPrototypeOf(f) === Function.prototype);
console.log(Object.getPrototypeOf(Function.prototype) === Object.prototype, typeof Function.prototype);
console.log(Function.prototype(), f.hasOwnProperty("call"));
// typeof for various callables
console.log(typeof class {}, typeof Math.max, typeof Object, typeof f.bind(null), typeof {}.toString);
