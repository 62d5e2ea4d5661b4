// Subclassing Error: names, extra fields, instanceof chains.
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = "ValidationError";
    this.field = field;
  }
}
class RequiredError extends ValidationError {
  constructor(field) {
    super(field, field + " is required");
    this.name = "RequiredError";
  }
}
class NotFoundError extends Error {
  constructor(what) {
    super("not found: " + what);
    this.name = this.constructor.name;
    this.status = 404;
  }
}
const errors = [new ValidationError("age", "too young"), new RequiredError("email"), new NotFoundError("/x"), new Error("plain")];
for (let i = 0; i < errors.length; i++) {
  const e = errors[i];
  console.log(e.name, "|", e.message, "|", e instanceof Error, e instanceof ValidationError,
    e instanceof RequiredError, e instanceof NotFoundError, "|", e.field, e.status);
}
// dispatch on type
function handle(e) {
  if (e instanceof RequiredError) return "ask for " + e.field;
  if (e instanceof ValidationError) return "fix " + e.field;
  if (e instanceof NotFoundError) return "404 page";
  return "generic";
}
console.log(errors.map(handle).join("; "));
// String() and stack first line
console.log(String(errors[1]), "/", errors[1].stack.split("\n")[0]);
// prototype chain
console.log(Object.getPrototypeOf(RequiredError.prototype) === ValidationError.prototype,
  Object.getPrototypeOf(ValidationError) === Error, errors[1].constructor.name);
// own keys: the extra fields are enumerable, message is not
console.log(Object.keys(errors[0]).join(","), Object.keys(errors[2]).join(","));
// a subclass without a constructor
class Simple extends Error {}
const s = new Simple("simple msg");
console.log(s.name, s.message, s instanceof Simple, s.constructor.name);
// name on the prototype instead of the instance
class ProtoNamed extends Error {}
ProtoNamed.prototype.name = "ProtoNamed";
const pn = new ProtoNamed("p");
console.log(pn.name, pn.hasOwnProperty("name"), String(pn));
// subclassing TypeError
class ParseError extends TypeError {
  constructor(pos, msg) { super("at " + pos + ": " + msg); this.name = "ParseError"; this.pos = pos; }
}
const pe = new ParseError(3, "unexpected token");
console.log(pe.name, pe.message, pe instanceof TypeError, pe instanceof RangeError, pe.pos);
// methods and getters on error subclasses
class HttpError extends Error {
  #status;
  constructor(status) { super("HTTP " + status); this.#status = status; this.name = "HttpError"; }
  get isClientError() { return this.#status >= 400 && this.#status < 500; }
  static from(status) { return new HttpError(status); }
}
console.log([404, 500, 418].map(function (c) { const h = HttpError.from(c); return h.message + ":" + h.isClientError; }).join(" "));
// throwing and catching subclass instances
try { throw new RequiredError("password"); } catch (e) {
  console.log("caught", e.name, e.field, e instanceof ValidationError);
}
// static field and counter on the subclass
class Counted extends Error {
  static count = 0;
  constructor(m) { super(m); Counted.count++; this.seq = Counted.count; }
}
new Counted("a"); new Counted("b");
console.log("count", Counted.count, new Counted("c").seq);
