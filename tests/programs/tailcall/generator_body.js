// kiln deliberately goes beyond node here: a tail call inside a generator body
// is a proper tail call on the generator's own stack.
// Expected output is hand-written (//> lines); node overflows its stack on it.
"use strict";
function loop(n, acc) {
  if (n === 0) return acc;
  return loop(n - 1, acc + 1);
}
function* g() {
  yield loop(1000000, 0);
  return loop(500000, 1);
}
const it = g();
console.log(it.next(), it.next());
//> { value: 1000000, done: false } { value: 500001, done: true }
