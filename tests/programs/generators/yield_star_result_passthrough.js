// yield* hands the inner iterator's result objects to the caller as they are.
const results = [];
const iterable = {
  [Symbol.iterator]() {
    let n = 0;
    return {
      next(v) {
        const r = { value: n, done: n >= 2, extra: "kept" };
        results.push(v);
        n++;
        return r;
      },
    };
  },
};
function* g() {
  const r = yield* iterable;
  return r;
}
const it = g();
console.log(it.next("a"));
console.log(it.next("b"));
console.log(it.next("c"));
console.log(results);
