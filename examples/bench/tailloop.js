// Benchmark: a tail-recursive loop of 1e7 iterations.
// kiln-only: proper tail calls make this run in constant stack; node has no tail
// calls and dies with "RangeError: Maximum call stack size exceeded". bench.sh
// therefore times node on tailloop_node.js, the same computation as a while loop.
function loop(n, acc) {
  return n === 0 ? acc : loop(n - 1, (acc + n * 7) % 1000003);
}
console.log(loop(1e7, 0));
