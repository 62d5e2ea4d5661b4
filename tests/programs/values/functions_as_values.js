// Functions are values: typeof, truthiness, printing and passing them around.
function named() { return 1; }
const arrow = (x) => x * 2;
var expr = function () { return 3; };
const namedExpr = function inner() { return 4; };
console.log(named);
console.log(arrow);
console.log(expr);
console.log(namedExpr);
console.log(typeof named, typeof arrow);
function apply(f, v) { return f(v); }
console.log(apply(arrow, 21));
console.log(apply(function (x) { return x + "!"; }, "hey"));
let g = named;
console.log(g === named, g === arrow);
console.log(g(), expr(), namedExpr());
