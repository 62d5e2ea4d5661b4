// throw and catch values of every type.
function attempt(v) {
  try {
    throw v;
  } catch (e) {
    return typeof e + " " + String(e);
  }
}
console.log(attempt(1));
console.log(attempt("str"));
console.log(attempt(true));
console.log(attempt(null));
console.log(attempt(undefined));
console.log(attempt(-0));
try {
  console.log("before");
  throw "boom";
  console.log("not reached");
} catch (err) {
  console.log("caught", err);
}
console.log("after");
try {
  console.log("no throw");
} catch (e) {
  console.log("not reached");
}
try {
  throw 1;
} catch {
  console.log("optional catch binding");
}
