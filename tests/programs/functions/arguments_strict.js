// Strict functions (and non-simple parameter lists) have unmapped arguments objects.
function strictAlias(a) {
  "use strict";
  arguments[0] = "changed via arguments";
  return a + " | " + arguments[0];
}
console.log(strictAlias("orig"));
function strictParam(a) {
  "use strict";
  a = "changed via param";
  return a + " | " + arguments[0];
}
console.log(strictParam("orig"));
function strictCallee() {
  "use strict";
  try {
    return arguments.callee;
  } catch (e) {
    return e.constructor.name + ": " + e.message;
  }
}
console.log(strictCallee());
// class bodies are strict
class K {
  m(a) { arguments[0] = "changed"; return a; }
}
console.log(new K().m("class method unmapped"));
// arrow in strict function sees the same unmapped arguments
function strictArrow(a) {
  "use strict";
  const f = () => { arguments[0] = "via arrow"; return a + " | " + arguments[0]; };
  return f();
}
console.log(strictArrow("orig"));
// strict arguments still has length and indices
function strictInfo() {
  "use strict";
  return arguments.length + " " + arguments[0] + " " + arguments[arguments.length - 1];
}
console.log(strictInfo("first", 2, "last"));
// sloppy vs strict comparison side by side
function sloppy(a) { a = 2; return arguments[0]; }
function strict(a) { "use strict"; a = 2; return arguments[0]; }
console.log(sloppy(1), strict(1));
// assigning to arguments itself is a syntax error in strict mode, so only sloppy shown
function reassign() { arguments = "reassigned"; return arguments; }
console.log(reassign(1));
// strict function: arguments object is distinct from parameters even for objects
function strictObj(o) { "use strict"; arguments[0] = { replaced: true }; return o.replaced; }
console.log(strictObj({ replaced: false }));
// whole-program strictness inside a nested function
function outer() {
  "use strict";
  function inner(x) { x = "inner changed"; return arguments[0]; }
  return inner("inner orig");
}
console.log(outer());
