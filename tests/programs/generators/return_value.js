// A return statement's value appears once with done: true.
function* g() {
  yield 1;
  return "end";
}
const it = g();
console.log(it.next(), it.next(), it.next());
console.log([...g()]);
function* empty() {}
console.log(empty().next());
function* bare() { return; }
console.log(bare().next());
