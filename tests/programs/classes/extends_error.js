// Extending Error: name, message, instanceof, custom fields, toString, catching by class.
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = "ValidationError";
    this.field = field;
  }
}
class RequiredError extends ValidationError {
  constructor(field) { super(field, field + " is required"); this.name = "RequiredError"; }
}
const e = new ValidationError("age", "must be positive");
console.log(e.name, e.message, e.field, String(e), e.toString());
console.log(e instanceof ValidationError, e instanceof Error, e instanceof RequiredError, e.constructor.name);
console.log(Object.prototype.toString.call(e), typeof e.stack, Object.keys(e).join(","));
const r = new RequiredError("email");
console.log(r.name, r.message, r.field, r instanceof ValidationError, `${r}`);
// without setting name, name comes from Error.prototype
class Plain extends Error {}
const p = new Plain("plain message");
console.log(p.name, p.message, String(p), p.constructor.name, p instanceof Plain);
// name via prototype property
class Proto extends Error {}
Proto.prototype.name = "ProtoError";
console.log(String(new Proto("x")), new Proto("y").hasOwnProperty("name"));
// throwing and catching by class
function validate(v) {
  if (v === undefined) throw new RequiredError("value");
  if (typeof v !== "number") throw new ValidationError("value", "not a number: " + v);
  if (v < 0) throw new RangeError("negative: " + v);
  return "ok " + v;
}
const inputs = [5, undefined, "x", -1];
for (let i = 0; i < inputs.length; i++) {
  try {
    console.log(validate(inputs[i]));
  } catch (err) {
    if (err instanceof RequiredError) console.log("required:", err.message);
    else if (err instanceof ValidationError) console.log("invalid:", err.field, err.message);
    else console.log("other:", err.name, err.message);
  }
}
// message is own, non-enumerable
const md = Object.getOwnPropertyDescriptor(e, "message");
console.log(md.enumerable, md.writable, md.configurable);
// empty and missing message
console.log(JSON_msg(new Plain()), JSON_msg(new Plain(undefined)), JSON_msg(new Plain("")), String(new Plain()));
function JSON_msg(err) { return "[" + err.message + "]" + err.hasOwnProperty("message"); }
// cause option
const withCause = new ValidationError("x", "outer");
const c2 = new Error("wrapper", { cause: withCause });
console.log(c2.cause === withCause, c2.cause.message);
// extending other error types
class MyTypeError extends TypeError {}
const mt = new MyTypeError("typed");
console.log(mt instanceof TypeError, mt instanceof Error, mt.name, String(mt));
// error subclass with methods and getters
class HttpError extends Error {
  constructor(status) { super("HTTP " + status); this.status = status; }
  get isClientError() { return this.status >= 400 && this.status < 500; }
  describe() { return this.message + (this.isClientError ? " (client)" : " (server)"); }
}
console.log(new HttpError(404).describe(), new HttpError(503).describe());
// rethrow preserves identity
let caught;
try { try { throw new HttpError(418); } catch (inner) { throw inner; } } catch (outer) { caught = outer; }
console.log(caught.status, caught instanceof HttpError);
