// Exceptions inside loops: catching per iteration, break/continue out of try.
let log = "";
for (let i = 0; i < 6; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) throw "odd three";
    if (i === 5) break;
    log += i;
  } catch (e) {
    log += "[" + e + "]";
  } finally {
    log += ".";
  }
}
console.log(log);
function validate(n) {
  if (typeof n !== "number") throw new TypeError("not a number: " + n);
  if (n < 0) throw new RangeError("negative: " + n);
  return Math.sqrt(n);
}
function check(v) {
  try {
    return "ok " + validate(v);
  } catch (e) {
    return e.name + " (" + e.message + ")";
  }
}
console.log(check(16));
console.log(check(-4));
console.log(check("x"));
let attempts = 0;
function flaky() {
  attempts++;
  if (attempts < 4) throw new Error("fail " + attempts);
  return "succeeded after " + attempts;
}
let result;
while (true) {
  try {
    result = flaky();
    break;
  } catch (e) {
    console.log("retry after", e.message);
  }
}
console.log(result);
