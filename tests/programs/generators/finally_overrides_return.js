// A return inside finally replaces the return() value.
function* g() {
  try {
    yield 1;
  } finally {
    return "from finally";
  }
}
const it = g();
it.next();
console.log(it.return("ignored"));
console.log(it.next());
