// return() runs pending finally blocks, innermost first.
function* g() {
  try {
    try {
      yield 1;
    } finally {
      console.log("inner finally");
    }
  } finally {
    console.log("outer finally");
  }
  console.log("not reached");
}
const it = g();
it.next();
console.log(it.return("r"));
console.log(it.next());
