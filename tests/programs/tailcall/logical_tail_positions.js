// kiln deliberately goes beyond node here: calls in the right operand of && and ||,
// the branches of ?:, and the last operand of a comma expression are tail calls.
// Expected output is hand-written (//> lines); node overflows its stack on it.
function allPositive(n) {
  return n === 0 || (n > 0 && allPositive(n - 1));
}
console.log(allPositive(2000000));
function anyHit(n, target) {
  return n === target || (n > 0 && anyHit(n - 1, target));
}
console.log(anyHit(2000000, 7), anyHit(2000000, -1));
let steps = 0;
function commaLoop(n) {
  return n === 0 ? steps : (steps++, commaLoop(n - 1));
}
console.log(commaLoop(3000000));
//> true
//> true false
//> 3000000
