// next() walks a generator's yields, then reports done.
function* count() {
  yield 1;
  yield 2;
  yield 3;
}
const it = count();
console.log(it.next());
console.log(it.next());
console.log(it.next());
console.log(it.next());
console.log(it.next());
