// var declarations are hoisted to the top of the function and start undefined.
console.log(a);
var a = 5;
console.log(a);
function f() {
  console.log("inside before:", b);
  if (false) {
    var b = "never assigned";
  }
  console.log("inside after:", b);
  for (var i = 0; i < 3; i++) {
    var inLoop = i;
  }
  return i + " " + inLoop;
}
console.log(f());
function g() {
  x = 10;
  var x;
  return x;
}
console.log(g());
var a;
console.log("redeclared var keeps value:", a);
