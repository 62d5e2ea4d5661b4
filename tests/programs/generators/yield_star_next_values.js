// next(x) values pass through yield* to the inner generator.
function* inner() {
  const a = yield "first";
  console.log("inner got", a);
  const b = yield "second";
  console.log("inner got", b);
  return a + b;
}
function* outer() {
  const r = yield* inner();
  console.log("outer got", r);
}
const it = outer();
console.log(it.next("x"));
console.log(it.next("A"));
console.log(it.next("B"));
