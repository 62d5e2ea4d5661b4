// Errors thrown by the body reach the caller of next(); the generator is done.
function* g() {
  yield 1;
  null.x;
}
const it = g();
console.log(it.next());
try {
  it.next();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(it.next());
function* thrower() {
  throw new RangeError("from the body");
}
try {
  [...thrower()];
} catch (e) {
  console.log(e.name, e.message);
}
