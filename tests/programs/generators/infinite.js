// Infinite generators consumed lazily.
function* naturals() {
  let n = 0;
  while (true) yield n++;
}
function* take(n, it) {
  for (const x of it) {
    if (n-- <= 0) return;
    yield x;
  }
}
console.log([...take(5, naturals())]);
function* fib() {
  let [a, b] = [0, 1];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
console.log([...take(15, fib())]);
