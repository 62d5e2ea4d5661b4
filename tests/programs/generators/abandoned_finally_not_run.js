// A suspended generator that is simply dropped never runs its finally block.
function* g() {
  try {
    yield 1;
  } finally {
    console.log("finally must not print");
  }
}
let it = g();
console.log(it.next());
it = null;
for (let i = 0; i < 1000; i++) {
  const x = g();
  x.next();
}
console.log("end");
