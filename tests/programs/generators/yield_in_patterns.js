// yield in destructuring defaults, switch discriminants and arguments objects.
function* g2() {
  const [a, b = yield "need b"] = [1];
  yield a + b;
}
const it = g2();
console.log(it.next(), it.next(10), it.next());
function* sw() {
  switch (yield "disc") {
    case 1:
      yield "one";
      break;
    default:
      yield "other";
  }
}
const s = sw();
console.log(s.next(), s.next(1), s.next());
function* withArgs() {
  yield arguments[0];
  yield* arguments;
}
console.log([...withArgs(1, 2, 3, 4, 5)]);
function* obj() {
  const { p = yield "need p", q } = { q: 2 };
  yield p * q;
}
const o = obj();
console.log(o.next(), o.next(21), o.next());
