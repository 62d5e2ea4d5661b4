// Deep (non-tail) recursion inside a generator hits a catchable RangeError.
function depth(n) {
  return n === 0 ? 0 : 1 + depth(n - 1);
}
function* g() {
  yield depth(1000);
  try {
    yield depth(1e7);
  } catch (e) {
    yield e instanceof RangeError;
  }
}
console.log([...g()]);
