// A finally block may yield during return(); the return value comes last.
function* g() {
  try {
    yield 1;
  } finally {
    yield "cleanup 1";
    yield "cleanup 2";
  }
}
const it = g();
console.log(it.next());
console.log(it.return("done"));
console.log(it.next());
console.log(it.next());
console.log(it.next());
