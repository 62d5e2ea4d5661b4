// Error.prototype.toString rules.
console.log(new Error("plain").toString());
console.log(new TypeError("typed").toString());
console.log(new Error().toString());
console.log(new Error("").toString());
const e1 = new Error("msg"); e1.name = "";
console.log("[" + e1.toString() + "]");
const e2 = new Error(""); e2.name = "";
console.log("[" + e2.toString() + "]");
const e3 = new Error("m"); e3.name = undefined;
console.log(e3.toString());
const e4 = new Error(); e4.message = undefined;
console.log(e4.toString());
const e5 = new Error("x"); e5.name = 123;
console.log(e5.toString());
// toString called on plain objects
const ts = Error.prototype.toString;
console.log(ts.call({ name: "Custom", message: "from object" }));
console.log(ts.call({}));
console.log(ts.call({ message: "only message" }));
console.log(ts.call({ name: "OnlyName" }));
console.log(ts.call({ name: null, message: null }));
// toString on non-objects throws
try { ts.call("string"); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { ts.call(undefined); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// string concatenation and template literals use toString
const err = new RangeError("out of range");
console.log("concat: " + err);
console.log(`template: ${err}`);
console.log(String(err), err + "", [err, new Error("second")].join(" & "));
// overriding toString on an instance
const custom = new Error("c");
custom.toString = function () { return "<<" + this.message + ">>"; };
console.log("" + custom);
// subclass inherits toString, uses its own name
class HttpError extends Error {
  constructor(status, msg) { super(msg); this.name = "HttpError"; this.status = status; }
  toString() { return this.name + " " + this.status + ": " + this.message; }
}
console.log(String(new HttpError(404, "not found")));
class Quiet extends Error {}
console.log(String(new Quiet("uses Error name")));
Quiet.prototype.name = "Quiet";
console.log(String(new Quiet("prototype name")));
// toString of the prototypes themselves
console.log(Error.prototype.toString(), TypeError.prototype.toString());
// Object.prototype.toString differs
console.log(Object.prototype.toString.call(err));
