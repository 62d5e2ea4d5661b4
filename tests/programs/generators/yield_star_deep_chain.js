// throw() and return() through a chain of yield* generators, each with cleanup.
function* level(n) {
  try {
    if (n === 0) {
      try {
        yield "bottom";
        yield "bottom 2";
      } catch (e) {
        console.log("bottom caught", e);
        yield "after catch";
      }
    } else {
      const r = yield* level(n - 1);
      console.log("level", n, "got", r);
      return n;
    }
  } finally {
    console.log("finally", n);
  }
  return "done at 0";
}
const a = level(3);
console.log(a.next());
console.log(a.throw("E"));
console.log(a.next());
console.log(a.next());
const b = level(2);
console.log(b.next());
console.log(b.return("R"));
console.log(b.next());
