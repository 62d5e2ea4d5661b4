// Unbounded non-tail recursion throws a catchable RangeError.
function depth(n) {
  return 1 + depth(n + 1);
}
try {
  depth(0);
} catch (e) {
  console.log(e.name, "|", e.message);
}
let reached = 0;
function probe(n) {
  reached = n;
  probe(n + 1);
  return 0;
}
try {
  probe(0);
} catch (e) {
  console.log(e.name, reached > 1000);
}
console.log("program continues after overflow");
// kiln-test: no-gc-stress (overflows a 256 MB stack; a stress collection would rescan it at every step)
