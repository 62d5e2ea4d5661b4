// yield* reads the delegate's next once; throw and return are read when used.
function* inner() {
  try {
    yield 1;
    yield 2;
  } catch (e) {
    console.log("inner saw", e);
  }
}
const it = inner();
it.throw = function (e) {
  console.log("custom throw", e);
  return { value: "from custom throw", done: false };
};
function* outer() {
  const r = yield* it;
  return r;
}
const o = outer();
console.log(o.next());
it.next = () => ({ value: "patched next", done: true });
console.log(o.next());
console.log(o.throw("X"));
console.log(o.next());
