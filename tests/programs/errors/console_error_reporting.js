// Reporting caught errors on stderr with console.error while the program succeeds.
const tasks = [
  function () { return "alpha"; },
  function () { throw new TypeError("beta is broken"); },
  function () { return [1, 2, 3].length; },
  function () { return undefined.gamma; },
  function () { throw "delta (a string)"; },
];
let failed = 0;
for (let i = 0; i < tasks.length; i++) {
  try {
    console.log("task", i, "ok:", tasks[i]());
  } catch (e) {
    failed++;
    if (e instanceof Error) console.error("task " + i + " failed: " + e.name + ": " + e.message);
    else console.error("task " + i + " threw a non-error:", e);
  }
}
console.log("failed:", failed);
console.error("summary:", failed, "of", tasks.length, "tasks failed");
// stdout and stderr interleave in program order per stream
console.log("done");
// console.error with several arguments and numbers
function divide(a, b) {
  if (b === 0) throw new RangeError("divide by zero");
  return a / b;
}
const pairs = [[10, 2], [1, 0], [9, 3], [5, 0]];
for (let i = 0; i < pairs.length; i++) {
  try {
    console.log(pairs[i][0], "/", pairs[i][1], "=", divide(pairs[i][0], pairs[i][1]));
  } catch (e) {
    console.error("cannot divide", pairs[i][0], "by", pairs[i][1] + ":", e.message);
  }
}
console.log("end of program");
