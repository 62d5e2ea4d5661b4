// A generator resuming itself while running is a TypeError.
let it;
function* g() {
  try {
    it.next();
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
  yield "after";
}
it = g();
console.log(it.next());
console.log(it.next());
