// The comma operator and the conditional operator.
let x = (1, 2, 3);
console.log(x);
let i = 0;
let y = (i++, i++, i * 10);
console.log(y, i);
for (let a = 0, b = 10; a < b; a += 3, b -= 3) console.log(a, b);
function sign(n) {
  return n > 0 ? "positive" : n < 0 ? "negative" : n === 0 ? "zero" : "not a number";
}
console.log(sign(5), sign(-2), sign(0), sign(-0), sign(NaN));
console.log(true ? 1 : 2, 0 ? 1 : 2, "" ? "a" : "b", null ? "c" : "d");
let hits = "";
const r = (hits += "t", true) ? (hits += "1", "yes") : (hits += "2", "no");
console.log(r, hits);
console.log(1 ? 2 ? "a" : "b" : "c", 0 ? "a" : 0 ? "b" : "c");
