// Errors raised inside catch and finally handlers.
function faultyHandler() {
  try {
    throw new Error("first");
  } catch (e) {
    return e.mesage.toUpperCase();        // typo: e.mesage is undefined
  }
}
try { faultyHandler(); } catch (e) { console.log("handler fault:", e.constructor.name, e.message); }
// catch throws, finally still runs, outer sees the catch's error
const trace = [];
try {
  try {
    trace.push("try");
    throw "A";
  } catch (x) {
    trace.push("catch " + x);
    throw "B";
  } finally {
    trace.push("finally");
  }
} catch (y) {
  trace.push("outer " + y);
}
console.log(trace.join(" -> "));
// a handler that logs and rethrows a different type
function convert(s) {
  try {
    const n = Number(s);
    if (isNaN(n)) throw new SyntaxError("not numeric: " + s);
    return n;
  } catch (e) {
    throw new TypeError("convert failed (" + e.name + ")");
  }
}
const inputs = ["1", "x", "3"];
for (let i = 0; i < inputs.length; i++) {
  try { console.log(convert(inputs[i])); } catch (e) { console.log(e.name, e.message); }
}
// nested catch blocks each using the same name
try {
  throw 1;
} catch (e) {
  try {
    throw e + 1;
  } catch (e) {
    try {
      throw e + 1;
    } catch (e) {
      console.log("innermost", e);
    }
    console.log("middle", e);
  }
  console.log("outer", e);
}
// exceptions thrown in a loop of handlers, counted
let errors = 0;
for (let i = 0; i < 5; i++) {
  try {
    try {
      throw i;
    } catch (v) {
      if (v % 2) throw "odd " + v;
    }
  } catch (m) {
    errors++;
    console.log("outer caught", m);
  }
}
console.log("errors", errors);
// finally throwing while a return is pending
function pendingReturn() {
  try {
    return "value";
  } finally {
    undefinedFunction();
  }
}
try { pendingReturn(); } catch (e) { console.log(e.name + ": " + e.message); }
