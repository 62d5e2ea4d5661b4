// throw() through yield* into an iterator without throw(): it is closed and a TypeError raised.
const iterable = {
  [Symbol.iterator]() {
    return {
      next() { return { value: "v", done: false }; },
      return() { console.log("return called"); return {}; },
    };
  },
};
function* g() {
  yield* iterable;
}
const it = g();
console.log(it.next());
try {
  it.throw(new Error("x"));
} catch (e) {
  console.log(e.constructor.name, e.message);
}
