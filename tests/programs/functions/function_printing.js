// How console.log prints functions and their inferred names.
function decl() {}
const arrow = () => {};
let exprFn = function () {};
var namedExpr = function realName() {};
console.log(decl);
console.log(arrow, exprFn);
console.log(namedExpr);
console.log((() => {}));
console.log(function () {});
console.log("fn:", decl, "and", arrow);
function factory() {
  return function () {};
}
console.log(factory());
let later;
later = () => 1;
console.log(later);
