// Errors nested in objects and arrays. Their stack is replaced so no file paths are printed:
// with the stack deleted, node prints [Name: message]; with a one-line stack it prints that line in brackets.
function noStack(e) { delete e.stack; return e; }
console.log({ err: noStack(new Error("boom")) });
console.log([noStack(new TypeError("bad type")), noStack(new RangeError("out of range"))]);
console.log({ e: noStack(new Error("")) });
console.log({ e: noStack(new Error()) });
const withProps = noStack(new Error("with props"));
withProps.code = "E_CODE";
withProps.status = 500;
console.log({ withProps: withProps });
class MyError extends Error {
  constructor(m) { super(m); this.name = "MyError"; }
}
console.log([noStack(new MyError("custom"))]);
const s = new SyntaxError("one line stack");
s.stack = "SyntaxError: one line stack";
console.log({ s: s });
const renamed = noStack(new Error("renamed"));
renamed.name = "CustomName";
console.log([renamed]);
console.log({ nested: { deeper: { err: noStack(new Error("deep")) } } });
console.log({ list: [noStack(new Error("a")), noStack(new Error("b"))], count: 2 });
// error message and name as values, the usual way to print errors
try { null.x; } catch (e) { console.log({ name: e.name, message: e.message }); }
try { undefined(); } catch (e) { console.log([e.constructor.name, e.message]); }
// error-like plain objects print as plain objects
console.log({ name: "Error", message: "not a real error" });
