// return() is delegated through yield*: inner finally blocks run first.
function* inner() {
  try {
    yield "in";
  } finally {
    console.log("inner finally");
  }
}
function* outer() {
  try {
    yield* inner();
  } finally {
    console.log("outer finally");
  }
}
const it = outer();
console.log(it.next());
console.log(it.return("bye"));
console.log(it.next());
