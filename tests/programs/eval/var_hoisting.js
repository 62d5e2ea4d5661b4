// Declarations in sloppy direct eval code become bindings of the caller's
// function; strict eval code keeps them; let/const/class stay in the eval.
function sloppy() {
  eval('var a = 1; function f() { return "f" + a }');
  a++;
  return [a, f(), typeof f];
}
console.log(sloppy());

function strict() {
  'use strict';
  eval('var b = 2; function g() {}');
  return [typeof b, typeof g];
}
console.log(strict());

function directive() {
  eval('"use strict"; var c = 3');
  return typeof c;
}
console.log(directive());

function lexical() {
  eval('let d = 4; const e = 5; class K {}');
  return [typeof d, typeof e, typeof K];
}
console.log(lexical());

// The top level: a var of the module.
eval('var topVar = "top"; function topFn() { return topVar + "!" }');
console.log(topVar, topFn());

// A var over a caller's let is a SyntaxError when the eval runs.
function clash() {
  let z = 1;
  try {
    eval('var z = 2');
  } catch (e) {
    return [e.name, e.message, z];
  }
}
console.log(clash());
function clashInBlock() {
  {
    const w = 1;
    try { eval('function w() {}') } catch (e) { return e.name + ': ' + e.message }
  }
}
console.log(clashInBlock());
// ... but not over a parameter or an existing var.
function overParam(p) {
  eval('var p = p + 1');
  var q = 1;
  eval('var q = q * 10');
  return [p, q];
}
console.log(overParam(1));
// In an arrow: the arrow's own var environment.
const arrow = () => {
  eval('var r = "arrow"');
  return r;
};
console.log(arrow());
const exprArrow = () => eval('var s = 6; s * 7');
console.log(exprArrow());
// Assigning an undeclared name in sloppy eval creates a global.
function implicitGlobal() {
  eval('madeGlobal = 8');
}
implicitGlobal();
console.log(globalThis.madeGlobal);
// for-var and destructuring declarations.
function loops() {
  eval('for (var i = 0; i < 3; i++) {} for (var k in { x: 1 }) {} var [m, n] = [1, 2], { o } = { o: 3 }');
  return [i, k, m, n, o];
}
console.log(loops());
