// kiln deliberately goes beyond node here: strict-mode code gets proper tail calls as
// ES2015 specifies (node does not implement them). Expected output is hand-written (//> lines).
"use strict";
function gcdSteps(a, b, steps) {
  return b === 0 ? a + " in " + steps : gcdSteps(b, a % b, steps + 1);
}
console.log(gcdSteps(1071, 462, 0));
function countChars(n, s) {
  return n === 0 ? s.length : countChars(n - 1, s.length < 10 ? s + "x" : "");
}
console.log(countChars(300000, ""));
function fib(n, a, b) {
  return n === 0 ? a : fib(n - 1, b, (a + b) % 1000000007);
}
console.log(fib(5000000, 0, 1));
//> 21 in 3
//> 8
//> 416450835
