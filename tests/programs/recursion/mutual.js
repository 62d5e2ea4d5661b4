// Shallow mutual recursion between function declarations.
function isEven(n) {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n) {
  return n === 0 ? false : isEven(n - 1);
}
console.log(isEven(10), isOdd(10), isEven(7), isOdd(7));
function hofF(n) {
  return n === 0 ? 1 : n - hofM(hofF(n - 1));
}
function hofM(n) {
  return n === 0 ? 0 : n - hofF(hofM(n - 1));
}
let fs = "", ms = "";
for (let i = 0; i < 15; i++) {
  fs += hofF(i) + " ";
  ms += hofM(i) + " ";
}
console.log("F:", fs);
console.log("M:", ms);
