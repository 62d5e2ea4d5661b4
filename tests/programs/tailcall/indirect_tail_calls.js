// kiln deliberately goes beyond node here: tail calls through function values
// (closures passed as arguments) run in constant stack too.
// Expected output is hand-written (//> lines); node overflows its stack on it.
function apply(f, n, acc) {
  return f(n, acc);
}
function step(n, acc) {
  return n === 0 ? acc : apply(step, n - 1, acc + 3);
}
console.log(step(2000000, 0));
function makeLoop(limit) {
  const go = (i, s) => (i === limit ? s : go(i + 1, s + (i % 7)));
  return go;
}
const run = makeLoop(3000000);
console.log(run(0, 0));
function cps(n, k) {
  if (n === 0) return k(0);
  return cps(n - 1, k);
}
console.log(cps(1000000, (x) => "continuation called with " + x));
//> 6000000
//> 8999994
//> continuation called with 0
