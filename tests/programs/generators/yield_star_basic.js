// yield* delegates to another generator and evaluates to its return value.
function* inner() {
  yield "i1";
  yield "i2";
  return "inner result";
}
function* outer() {
  yield "o1";
  const r = yield* inner();
  console.log("inner returned", r);
  yield "o2";
}
console.log([...outer()]);
