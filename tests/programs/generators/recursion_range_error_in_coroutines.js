// kiln-test: no-gc-stress
// Unbounded recursion inside a generator and inside an async function (after
// an await) ends in a catchable RangeError; the coroutine keeps working.
function deep(n) { return n === 0 ? 0 : 1 + deep(n - 1) + 0; }
function* gen() {
  let r;
  try { r = deep(1e9); } catch (e) { r = e instanceof RangeError ? e.message : 'other'; }
  const x = yield r;
  yield x + deep(1000);
}
const g = gen();
console.log(g.next().value);
console.log(g.next(5).value);
function* nested() {
  const inner = gen();
  yield inner.next().value;
  yield* inner;
}
console.log([...nested()].length);
async function af() {
  await null;
  try { deep(1e9); } catch (e) { console.log('async', e.constructor.name, e.message); }
  await null;
  return deep(100);
}
af().then((v) => console.log('done', v));
async function unguarded() {
  await 1;
  return deep(1e9);
}
unguarded().catch((e) => console.log('rejected', e instanceof RangeError));
