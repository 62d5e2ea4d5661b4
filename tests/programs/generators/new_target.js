// new.target is undefined inside a generator body.
function* g() {
  yield new.target;
}
console.log(g().next());
