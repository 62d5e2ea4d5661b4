// Missing arguments are undefined; extra arguments are ignored.
function three(a, b, c) {
  return a + "," + b + "," + c;
}
console.log(three());
console.log(three(1));
console.log(three(1, 2));
console.log(three(1, 2, 3));
console.log(three(1, 2, 3, 4, 5));
function sum(a, b) {
  if (b === undefined) return a;
  return a + b;
}
console.log(sum(1), sum(1, 2), sum("x"), sum(undefined, undefined));
function sideEffects(a) {
  return a;
}
let log = "";
sideEffects((log += "1", 1), (log += "2", 2), (log += "3", 3));
console.log("extra arguments are still evaluated:", log);
const arrow = (x, y) => `${x}/${y}`;
console.log(arrow(), arrow(1), arrow(1, 2, 3));
function many(a, b, c, d, e, f, g, h) {
  return a + b + c + d + e + f + g + h;
}
console.log(many(1, 2, 3, 4, 5, 6, 7, 8), many(1, 2, 3, 4, 5, 6, 7));
