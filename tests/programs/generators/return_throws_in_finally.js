// An error thrown by a finally block during return() reaches the caller.
function* g() {
  try {
    yield 1;
  } finally {
    throw new Error("finally failed");
  }
}
const it = g();
it.next();
try {
  it.return(5);
} catch (e) {
  console.log("caught", e.message);
}
console.log(it.next());
