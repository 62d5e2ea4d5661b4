// An exception a generator does not catch leaves it completed.
function* g() {
  yield 1;
  yield 2;
}
const it = g();
it.next();
try {
  it.throw(new TypeError("bad"));
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
console.log(it.next());
const fresh = g();
try {
  fresh.throw("before start");
} catch (e) {
  console.log("thrown:", e);
}
console.log(fresh.next());
