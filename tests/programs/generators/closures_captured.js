// Closures created in a generator see its live bindings; each loop iteration its own.
function* g() {
  const fns = [];
  for (let i = 0; i < 3; i++) {
    fns.push(() => i);
    yield fns;
  }
  let shared = "before";
  const read = () => shared;
  yield read;
  shared = "after";
}
const it = g();
it.next();
it.next();
const fns = it.next().value;
console.log(fns.map((f) => f()));
const read = it.next().value;
console.log(read());
it.next();
console.log(read());
