// Indirect eval of constant code runs in the global scope.
var moduleVar = 'module';
let moduleLet = 'module let';
function f() {
  const local = 'local';
  return (0, eval)('typeof local + " " + typeof moduleVar + " " + typeof moduleLet');
}
console.log(f());
console.log((0, eval)('var madeByEval = 1; madeByEval + 1'), globalThis.madeByEval);
const d = Object.getOwnPropertyDescriptor(globalThis, 'madeByEval');
console.log(d.value, d.writable, d.enumerable, d.configurable);
console.log(delete globalThis.madeByEval, typeof madeByEval);
globalThis.eval('function globalFn() { return "global fn" }');
console.log(globalFn(), typeof globalThis.globalFn);
console.log(global.eval('this === globalThis'));
(0, eval)('"use strict"; var strictVar = 1');
console.log(typeof globalThis.strictVar);
console.log((0, eval)('"use strict"; this === globalThis'));
globalThis.existing = 'kept';
(0, eval)('var existing');
console.log(existing);
function strictCaller() {
  'use strict';
  return (0, eval)('var sloppyAgain = 2; sloppyAgain');
}
console.log(strictCaller(), globalThis.sloppyAgain);
console.log((0, eval)('let x = 5; x * 2'), typeof x);
try {
  (0, eval)('}');
} catch (e) {
  console.log(e.name, e.message);
}
