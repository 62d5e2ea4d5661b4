// finally runs after try or catch, on every path.
function order(shouldThrow) {
  let log = "";
  try {
    log += "try ";
    if (shouldThrow) throw "x";
    log += "end-try ";
  } catch (e) {
    log += "catch ";
  } finally {
    log += "finally";
  }
  return log;
}
console.log(order(false));
console.log(order(true));
function noCatch() {
  let log = "";
  try {
    try {
      log += "inner ";
      throw new Error("propagates");
    } finally {
      log += "inner-finally ";
    }
  } catch (e) {
    log += "outer-catch(" + e.message + ")";
  }
  return log;
}
console.log(noCatch());
function returnInTry() {
  try {
    return "from try";
  } finally {
    console.log("  finally before return");
  }
}
console.log(returnInTry());
