// Parameters behave as local variables; assigning them does not affect the caller.
function bump(n) {
  n = n + 1;
  return n;
}
let x = 5;
console.log(bump(x), x);
function reuse(a) {
  var a;
  return a;
}
console.log(reuse(3));
function shadowParam(a) {
  {
    let a = "inner";
    console.log(a);
  }
  return a;
}
console.log(shadowParam("param"));
function sameName(v, v2) {
  let s = "";
  for (let v = 0; v < 3; v++) s += v;
  return s + v + v2;
}
console.log(sameName("p", "q"));
