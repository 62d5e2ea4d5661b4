// The body does not run until the first next().
function* g() {
  console.log("body starts");
  yield "a";
}
console.log("before call");
const it = g();
console.log("after call");
console.log(it.next().value);
