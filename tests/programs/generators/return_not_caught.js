// A return() completion passes catch clauses by.
function* g() {
  try {
    yield 1;
  } catch (e) {
    console.log("catch must not run", e);
  }
  console.log("not reached either");
}
const it = g();
it.next();
console.log(it.return(42));
