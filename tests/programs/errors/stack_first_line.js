// Only the first line of e.stack is printed: it is "Name: message".
function first(e) { return e.stack.split("\n")[0]; }
console.log(first(new Error("plain")));
console.log(first(new TypeError("typed")));
console.log(first(new Error("")));
console.log(first(new Error()));
console.log(first(new URIError("uri")));
console.log(first(new SyntaxError("syntax")));
console.log(first(new EvalError("eval")));
console.log(first(new ReferenceError("ref")));
// runtime faults
const faults = [
  function () { undefined.x; },
  function () { null.y = 1; },
  function () { nope(); },
  function () { const c = 1; c = 2; },
  function () { new Array(-5); },
  function () { const fn = 5; fn(); },
  function () { [].reduce(function (a, b) { return a; }); },
];
for (let i = 0; i < faults.length; i++) {
  try { faults[i](); } catch (e) { console.log(i, first(e)); }
}
// the stack is a string and has more than one line for errors thrown in functions
function inner() { throw new Error("deep"); }
function outer() { inner(); }
try { outer(); } catch (e) {
  const lines = e.stack.split("\n");
  console.log(typeof e.stack, first(e), lines.length > 1, lines[1].indexOf("    at ") === 0);
}
// subclass with name set in the constructor
class MyError extends Error {
  constructor(m) { super(m); this.name = "MyError"; }
}
console.log(first(new MyError("custom")));
// the stack header uses the message at the time of first access
const late = new Error("original message");
late.message = "changed before reading stack";
const header = first(late);
late.message = "changed after reading stack";
console.log(header === "Error: original message" || header === "Error: changed before reading stack");
// errors thrown as values keep their stack
try {
  try { throw new RangeError("kept"); } catch (e) { throw e; }
} catch (e) {
  console.log("rethrown:", first(e));
}
// stack is a writable own property
const w = new Error("w");
w.stack = "custom stack text";
console.log(w.stack, w.hasOwnProperty("stack"));
// a message containing a newline splits the header
console.log(first(new Error("two\nlines")));
