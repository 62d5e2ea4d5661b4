// A direct eval inside an indirect eval's code runs in the global scope:
// its `var`s and functions become global object properties.
(0, eval)("eval('var nestedVar = 1; function nestedFn() { return 2; }')");
console.log(typeof nestedVar, nestedVar, nestedFn(), Object.getOwnPropertyDescriptor(globalThis, 'nestedVar'));
globalThis.eval("if (true) { eval('var inBlock = \"block\"'); }");
console.log(inBlock);
// A strict one keeps them.
(0, eval)("'use strict'; eval('var strictVar = 3'); typeof strictVar");
console.log(typeof strictVar);
