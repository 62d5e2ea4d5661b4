// Deep non-tail recursion throws a catchable RangeError; the program goes on,
// and a second overflow behaves the same.
function down(n) {
  return 1 + down(n + 1);
}
for (let round = 1; round <= 3; round++) {
  try {
    down(0);
    console.log("no overflow?");
  } catch (e) {
    console.log(round, e.name, e.message);
  }
}
function count(n) {
  return n === 0 ? 0 : 1 + count(n - 1);
}
console.log(count(5000));
// kiln-test: no-gc-stress (overflows a 256 MB stack; a stress collection would rescan it at every step)
