// yield* works over any iterable: arrays, strings, Maps, Sets, custom iterators.
function* all() {
  yield* [1, 2];
  yield* "hé";
  yield* new Set(["s"]);
  yield* new Map([["k", "v"]]);
  yield* {
    [Symbol.iterator]() {
      let i = 0;
      return { next: () => ({ value: i * 10, done: i++ >= 2 }) };
    },
  };
}
console.log([...all()]);
function* bad() {
  yield* 5;
}
try {
  bad().next();
} catch (e) {
  console.log(e.constructor.name);
}
