// Error.captureStackTrace and the first line of stacks.
function firstLine(s) { return s.split("\n")[0]; }
const plain = {};
console.log("before:", typeof plain.stack, "stack" in plain);
Error.captureStackTrace(plain);
console.log("after:", typeof plain.stack, "stack" in plain, plain.hasOwnProperty("stack"));
console.log("first line:", firstLine(plain.stack));
// an object with name and message gets a matching header
const named = { name: "Custom", message: "details here" };
Error.captureStackTrace(named);
console.log(firstLine(named.stack));
const onlyMsg = { message: "only message" };
Error.captureStackTrace(onlyMsg);
console.log(firstLine(onlyMsg.stack));
// on a real error it refreshes stack
const e = new TypeError("typed");
Error.captureStackTrace(e);
console.log(firstLine(e.stack));
// with a constructor argument to hide frames, the first line is unchanged
function makeError(msg) {
  const obj = { name: "Hidden", message: msg };
  Error.captureStackTrace(obj, makeError);
  return obj;
}
console.log(firstLine(makeError("frames hidden").stack));
// the stack property is writable
const w = {};
Error.captureStackTrace(w);
w.stack = "replaced";
console.log(w.stack);
// first lines of stacks of various errors
console.log(firstLine(new Error("m").stack));
console.log(firstLine(new RangeError("r").stack));
console.log(firstLine(new Error().stack));
console.log(firstLine(new AggregateError([], "agg").stack));
// the subclass pattern: capture in the constructor
class AppError extends Error {
  constructor(msg) {
    super(msg);
    this.name = "AppError";
    Error.captureStackTrace(this, AppError);
  }
}
const ae = new AppError("app failed");
console.log(firstLine(ae.stack), typeof ae.stack);
// stack of a caught runtime fault
try { null.prop; } catch (f) { console.log(firstLine(f.stack)); }
try { notDefinedAnywhere; } catch (f) { console.log(firstLine(f.stack)); }
// a multi-line message: only its first line appears in the stack's first line
const ml = new Error("line one\nline two");
console.log(firstLine(ml.stack));
console.log(typeof Error.captureStackTrace, Error.captureStackTrace.length);
