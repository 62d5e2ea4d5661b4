// Errors thrown out of a delegated generator propagate through yield*.
function* inner() {
  yield 1;
  throw new Error("inner failed");
}
function* outer() {
  try {
    yield* inner();
  } catch (e) {
    yield "outer caught: " + e.message;
  }
}
console.log([...outer()]);
