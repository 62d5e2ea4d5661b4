// Function expressions, anonymous and named; a named one can call itself.
const fact = function f(n) {
  return n <= 1 ? 1 : n * f(n - 1);
};
console.log(fact(10));
let anon = function (a) {
  return a + "!";
};
console.log(anon("hi"));
const result = (function (x) {
  return x * 3;
})(14);
console.log(result);
const countdown = function cd(n) {
  if (n === 0) return "liftoff";
  return n + " " + cd(n - 1);
};
console.log(countdown(5));
console.log(typeof function named() {});
var holder = function g() { return typeof g; };
console.log(holder());
