// kiln deliberately goes beyond node here: proper tail calls run in constant stack.
// Node throws RangeError (Maximum call stack size exceeded) on this program, so its
// expected output is written by hand in the //> lines below (see tests/README.md).
function loop(n, a) {
  return n === 0 ? a : loop(n - 1, a + 1);
}
console.log(loop(1e7, 0));
console.log(loop(0, "base case"));
//> 10000000
//> base case
