// Throwing a number that nobody catches.
let code = 0;
function compute(values) {
  for (let i = 0; i < values.length; i++) {
    code = code * 10 + values[i];
    console.log("code so far", code);
  }
  return code;
}
compute([4, 0]);
try {
  throw 7;
} catch (n) {
  console.log("caught number", n, typeof n);
}
throw compute([2]);
