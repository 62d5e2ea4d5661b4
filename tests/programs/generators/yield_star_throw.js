// throw() is delegated through yield* to the inner generator.
function* inner() {
  try {
    yield 1;
  } catch (e) {
    console.log("inner caught", e);
    yield "recovered";
  }
}
function* outer() {
  try {
    yield* inner();
    yield "outer continues";
  } catch (e) {
    console.log("outer caught", e);
  }
}
const it = outer();
console.log(it.next());
console.log(it.throw("E1"));
console.log(it.next());
console.log(it.throw("E2"));
