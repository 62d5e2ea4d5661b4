// Node's variant of tailloop.js (node lacks proper tail calls): the same
// computation as a while loop, printing the same result. Used by scripts/bench.sh.
function loop(n, acc) {
  while (n !== 0) {
    acc = (acc + n * 7) % 1000003;
    n = n - 1;
  }
  return acc;
}
console.log(loop(1e7, 0));
