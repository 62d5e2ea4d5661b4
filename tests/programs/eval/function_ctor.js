// Function(...) and new Function(...) with constant strings.
const add = Function('a', 'b', 'return a + b');
console.log(add(2, 3), add.name, add.length, typeof add);
console.log(add.toString());
const add3 = new Function('a, b', 'c', 'return a + b + c');
console.log(add3(1, 2, 3), add3.length);
console.log(add3.toString());
const empty = Function();
console.log(JSON.stringify(empty.toString()), empty(), empty.name, empty.length);
console.log(new Function('return 1')());
console.log(Function(`x = 1`, 'return x')(), Function('...r', 'return r.length')(1, 2, 3));
console.log(Function('a', 'b' + 'c', 'return a + bc')(1, 2));

// lodash and underscore find the global object this way.
const root = Function('return this')();
console.log(root === globalThis);

// The body runs in the global scope: the caller's locals are invisible.
let secret = 'module';
function make() {
  const local = 1;
  return Function('return typeof local + " " + typeof secret + " " + typeof Math');
}
console.log(make()());
// Sloppy: this is the global object; a "use strict" body is strict.
console.log(Function('return this === globalThis')());
console.log(Function('"use strict"; return this')());
// Each call makes a new function.
const mk = () => Function('return 1');
console.log(mk() === mk(), Object.getPrototypeOf(add) === Function.prototype);
console.log(add instanceof Function, 'prototype' in add);
// Recursion through a global, closures inside.
const fact = Function('n', 'return n <= 1 ? 1 : n * arguments.callee(n - 1)');
console.log(fact(5));
const counter = Function('var n = 0; return function () { return ++n }')();
console.log(counter(), counter());
// Syntax errors are thrown when the call runs.
try {
  Function('a b', 'return 1');
} catch (e) {
  console.log(e.name, e.message);
}
try {
  new Function('return 1 +');
} catch (e) {
  console.log(e.name, e.message);
}
try {
  Function('a', 'b', 'return a +* b');
} catch (e) {
  console.log(e.name, e.message);
}
// Errors inside propagate.
try {
  Function('throw new RangeError("inside")')();
} catch (e) {
  console.log(e.name, e.message);
}
