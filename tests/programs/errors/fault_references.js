// ReferenceErrors and const/TDZ TypeErrors.
function report(label, f) {
  try {
    console.log(label, "-> ok:", f());
  } catch (e) {
    console.log(label, "->", e.constructor.name + ":", e.message, "|", e instanceof ReferenceError);
  }
}
report("undeclared read", function () { return missingVariable; });
report("undeclared call", function () { return missingFunction(1); });
report("undeclared member", function () { return missingObject.prop; });
report("undeclared in expression", function () { return 1 + alsoMissing * 2; });
report("typeof undeclared", function () { return typeof missingVariable; });
report("sloppy assignment creates global", function () { createdGlobal = 5; return createdGlobal; });
report("strict assignment", function () { "use strict"; strictMissing = 5; });
const fixed = 1;
report("assign const", function () { fixed = 2; });
report("const compound", function () { fixed += 1; });
report("const increment", function () { fixed++; });
console.log("fixed still", fixed);
report("const in loop", function () {
  const arr = [];
  for (const i = 0; i < 3; i++) arr.push(i);
  return arr;
});
report("TDZ let", function () { const v = later; let later = 1; return v; });
report("TDZ const", function () { const v = laterConst + 1; const laterConst = 1; return v; });
report("TDZ typeof", function () { const t = typeof tdz; let tdz = 1; return t; });
report("TDZ class", function () { const k = new Later(); class Later {} return k; });
report("TDZ in closure", function () {
  function peek() { return value; }
  const before = (function () { try { return peek(); } catch (e) { return e.message; } })();
  let value = "ready";
  return before + " / then " + peek();
});
report("TDZ self-reference", function () { let self = self + 1; return self; });
report("TDZ assignment", function () { early = 1; let early; return early; });
report("var hoisting is fine", function () { const v = hoisted; var hoisted = 1; return v; });
report("function hoisting is fine", function () { return hoistedFn(); function hoistedFn() { return "hoisted"; } });
// shadowing: the inner TDZ hides the outer binding
let outer = "outer value";
report("shadow TDZ", function () {
  { const r = outer; let outer = "inner"; return r; }
});
// class name binding is constant inside the class
report("assign class name inside", function () {
  class Fixed { static reassign() { Fixed = null; } }
  Fixed.reassign();
});
// a named function expression's own name is read-only
report("named function expression is read-only (sloppy: ignored)", function () {
  const f = function g() { g = 5; return typeof g; };
  return f();
});
report("named function expression is read-only (strict)", function () {
  "use strict";
  const f = function g() { g = 5; return typeof g; };
  return f();
});
