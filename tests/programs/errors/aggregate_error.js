// AggregateError and its errors array.
const errs = [new Error("first"), new TypeError("second"), "third as string", 4];
const agg = new AggregateError(errs, "several things failed");
console.log(agg.name, agg.message, agg instanceof AggregateError, agg instanceof Error);
console.log("count", agg.errors.length, Array.isArray(agg.errors));
for (let i = 0; i < agg.errors.length; i++) {
  const e = agg.errors[i];
  console.log(i, e instanceof Error ? e.name + ": " + e.message : typeof e + " " + e);
}
// errors is a copy, not the same array
console.log("same array:", agg.errors === errs);
errs.push("late");
console.log("after push to source:", agg.errors.length);
// errors is an own, non-enumerable property
const d = Object.getOwnPropertyDescriptor(agg, "errors");
console.log(d.enumerable, d.writable, d.configurable);
// toString uses name and message, not the errors
console.log(String(agg));
// no message
const empty = new AggregateError([]);
console.log(empty.errors.length, quote(empty.message), empty.hasOwnProperty("message"));
function quote(s) { return "'" + s + "'"; }
// errors from an array-like string (iterable)
console.log(new AggregateError("abc").errors.join("|"));
// non-iterable errors argument throws
try { new AggregateError(5); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { new AggregateError(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// collecting validation failures
function validate(user) {
  const problems = [];
  if (typeof user.name !== "string" || user.name.length === 0) problems.push(new TypeError("name must be a non-empty string"));
  if (!(user.age >= 0 && user.age < 150)) problems.push(new RangeError("age out of range: " + user.age));
  if (user.email && user.email.indexOf("@") < 0) problems.push(new SyntaxError("bad email: " + user.email));
  if (problems.length > 0) throw new AggregateError(problems, problems.length + " validation error(s)");
  return "valid";
}
const users = [
  { name: "ann", age: 30, email: "a@x" },
  { name: "", age: 200, email: "nope" },
  { name: "bob", age: -1 },
];
for (let i = 0; i < users.length; i++) {
  try {
    console.log(validate(users[i]));
  } catch (e) {
    console.log(e.message);
    e.errors.forEach(function (p) { console.log("  -", p.name, p.message); });
  }
}
// subclassing AggregateError
class BatchError extends AggregateError {
  constructor(errors, batch) {
    super(errors, "batch " + batch + " failed");
    this.name = "BatchError";
    this.batch = batch;
  }
}
const be = new BatchError([new Error("a")], 7);
console.log(be.name, be.message, be.batch, be.errors.length, be instanceof AggregateError, be instanceof BatchError);
console.log(Object.getPrototypeOf(AggregateError) === Error, AggregateError.prototype.name);
