// process.exitCode set during the program; the program then ends normally with that status.
function validate(items) {
  let failures = 0;
  for (let i = 0; i < items.length; i++) {
    try {
      if (typeof items[i] !== "number") throw new TypeError("item " + i + " is " + typeof items[i]);
      if (items[i] < 0) throw new RangeError("item " + i + " is negative");
      console.log("item", i, "ok:", items[i]);
    } catch (e) {
      failures++;
      console.log("item", i, "failed:", e.name, "-", e.message);
    }
  }
  return failures;
}
console.log("initial exitCode:", process.exitCode);
const failures = validate([1, "two", -3, 4, null]);
console.log("failures:", failures);
if (failures > 0) {
  process.exitCode = 2;
}
console.log("exitCode now:", process.exitCode);
// later code still runs; exitCode can be changed again
process.exitCode = 1;
process.exitCode = 4;
console.log("final exitCode:", process.exitCode);
console.log("program ends normally");
