// kiln-test: script
// Declarations that meet existing global properties: a `var` keeps the
// property as it is; a function declaration replaces a writable,
// enumerable one; NaN/undefined are not redefinable.
var NaN;
console.log(NaN, Object.getOwnPropertyDescriptor(globalThis, "NaN").writable);
var undefined;
console.log(typeof undefined);
var Array;
console.log(typeof Array, Array.isArray([]));
var parseInt = function (s) {
  return "mine:" + s;
};
console.log(parseInt("12"));
console.log(Object.getOwnPropertyDescriptor(globalThis, "parseInt").configurable);
var counter = 0;
function bump() {
  counter++;
  return counter;
}
bump();
bump();
console.log(counter, globalThis.counter);
// Strict functions see the same globals.
function strictRead() {
  "use strict";
  return counter * 10;
}
console.log(strictRead());
try {
  (function () {
    "use strict";
    undeclaredInStrict = 1;
  })();
} catch (e) {
  console.log(e.name, e.message);
}
