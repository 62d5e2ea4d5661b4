// An exception from a delegate generator propagates to the delegating one, which stays usable if it catches.
function* inner(n) {
  yield n;
  throw new Error("inner " + n);
}
function* outer() {
  for (let i = 0; i < 3; i++) {
    try {
      yield* inner(i);
    } catch (e) {
      yield "caught " + e.message;
    }
  }
}
console.log([...outer()]);
