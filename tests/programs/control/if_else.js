// if / else if / else chains, nested ifs and dangling else.
function classify(n) {
  if (n < 0) {
    return "negative";
  } else if (n === 0) {
    return "zero";
  } else if (n < 10) {
    return "small";
  } else {
    return "large";
  }
}
console.log(classify(-5), classify(0), classify(7), classify(100), classify(NaN));
function dangling(a, b) {
  if (a)
    if (b) return "a and b";
    else return "a only";
  return "not a";
}
console.log(dangling(true, true), dangling(true, false), dangling(false, true));
let x = 3;
if (x > 2) x = x * 10;
if (x > 100) x = 0; else x = x + 1;
console.log(x);
if (x) { let x = "shadow"; console.log(x); }
console.log(x);
if (0) ; else console.log("empty then-branch");
