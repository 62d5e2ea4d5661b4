// A delegating generator is running while its delegate runs.
let outerIt;
function* inner() {
  try {
    outerIt.next();
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
  yield "inner";
}
function* outer() {
  yield* inner();
  yield "outer";
}
outerIt = outer();
console.log(outerIt.next(), outerIt.next(), outerIt.next());
