// Nested try blocks, rethrowing and throwing from catch.
function level(n) {
  if (n === 0) throw new RangeError("bottom reached");
  try {
    return level(n - 1);
  } catch (e) {
    if (n < 3) throw e;
    return "caught at level " + n + ": " + e.message;
  }
}
console.log(level(5));
function convert() {
  try {
    try {
      throw new TypeError("inner");
    } catch (e) {
      throw new Error("wrapped " + e.name + " " + e.message);
    }
  } catch (e2) {
    return e2.message;
  }
}
console.log(convert());
let trace = "";
try {
  try {
    trace += "a";
    throw 1;
  } catch (e) {
    trace += "b" + e;
    throw e + 1;
  } finally {
    trace += "c";
  }
} catch (e) {
  trace += "d" + e;
} finally {
  trace += "e";
}
console.log(trace);
