// The catch parameter is scoped to the catch block and can shadow outer names.
let e = "outer e";
try {
  throw "inner e";
} catch (e) {
  console.log(e);
  e = "reassigned";
  console.log(e);
}
console.log(e);
function capture() {
  let f;
  try {
    throw "captured";
  } catch (err) {
    f = () => err;
  }
  return f();
}
console.log(capture());
try {
  throw 1;
} catch (x) {
  let y = x + 1;
  console.log(y);
}
console.log(typeof x, typeof y);
