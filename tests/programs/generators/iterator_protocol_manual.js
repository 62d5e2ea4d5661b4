// The generator object is its own iterator.
function* g() {
  yield 1;
}
const it = g();
console.log(it[Symbol.iterator]() === it);
const iter = it[Symbol.iterator]();
console.log(iter.next(), iter.next());
console.log(typeof it.return, typeof it.throw);
