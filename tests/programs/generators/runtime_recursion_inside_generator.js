// Runtime routines that check the native stack (JSON.stringify of deep data)
// run inside a generator, on its coroutine stack.
function* g() {
  const deep = [];
  let cur = deep;
  for (let i = 0; i < 1000; i++) { const n = []; cur.push(n); cur = n; }
  yield JSON.stringify(deep).length;
  yield JSON.stringify({ a: [1, 2, { b: 3 }] });
}
console.log([...g()]);
