// A completion in finally (return/throw/break) overrides the pending one.
function returnOverridesReturn() {
  try { return "try"; } finally { return "finally"; }
}
console.log(returnOverridesReturn());
function returnOverridesThrow() {
  try { throw new Error("lost"); } finally { return "swallowed"; }
}
console.log(returnOverridesThrow());
function returnOverridesCatchThrow() {
  try { throw 1; } catch (e) { throw 2; } finally { return "catch throw lost"; }
}
console.log(returnOverridesCatchThrow());
function throwOverridesReturn() {
  try { return "never seen"; } finally { throw new RangeError("from finally"); }
}
try { throwOverridesReturn(); } catch (e) { console.log(e.name, e.message); }
function throwOverridesThrow() {
  try { throw new Error("first"); } finally { throw new Error("second"); }
}
try { throwOverridesThrow(); } catch (e) { console.log("got", e.message); }
// break in finally cancels a throw
function breakCancels() {
  let i = 0;
  while (true) {
    try { i++; throw new Error("x"); } finally { break; }
  }
  return "broke out after " + i;
}
console.log(breakCancels());
// continue in finally cancels a return
function continueCancels() {
  let n = 0;
  for (let i = 0; i < 3; i++) {
    try { n++; return "returned at " + i; } finally { continue; }
  }
  return "loop finished, n=" + n;
}
console.log(continueCancels());
// nested finally overriding in sequence
function nestedOverride() {
  try {
    try { return 1; } finally { return 2; }
  } finally {
    console.log("outer finally runs");
  }
}
console.log(nestedOverride());
function outerWins() {
  try {
    try { return "inner"; } finally { console.log("inner finally"); }
  } finally {
    return "outer";
  }
}
console.log(outerWins());
// finally that conditionally returns
function conditional(flag) {
  try {
    if (flag) throw new Error("flagged");
    return "normal";
  } finally {
    if (flag) return "rescued";
  }
}
console.log(conditional(false), conditional(true));
// the override does not run catch handlers of an outer try
function outerCatch() {
  try {
    return (function () { try { throw "inner"; } finally { return "override"; } })();
  } catch (e) {
    return "outer caught " + e;
  }
}
console.log(outerCatch());
