// The options bag { cause } on Error constructors.
const root = new Error("disk full");
const wrapped = new Error("save failed", { cause: root });
console.log(wrapped.message, "<-", wrapped.cause.message, wrapped.cause === root);
console.log(wrapped.hasOwnProperty("cause"), root.hasOwnProperty("cause"), "cause" in root);
// cause can be any value, including undefined (still own property)
const values = [42, "text", null, undefined, { code: 7 }, false];
for (let i = 0; i < values.length; i++) {
  const e = new TypeError("v" + i, { cause: values[i] });
  const c = e.cause;
  console.log(i, e.hasOwnProperty("cause"), c === null ? "null" : typeof c === "object" ? "code " + c.code : String(c));
}
// options without a cause key -> no cause property
const noCause = new RangeError("x", {});
console.log(noCause.hasOwnProperty("cause"), noCause.cause);
// non-object options are ignored
console.log(new Error("x", "cause?").hasOwnProperty("cause"), new Error("x", 5).hasOwnProperty("cause"));
// cause is not enumerable, and writable/configurable
const d = Object.getOwnPropertyDescriptor(wrapped, "cause");
console.log(d.enumerable, d.writable, d.configurable);
// cause from an inherited property of the options object
const proto = { cause: "inherited" };
const opts = Object.create(proto);
console.log(new Error("x", opts).cause);
// every constructor in the family accepts the cause
const ctors = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
console.log(ctors.map(function (C) { return new C("m", { cause: C.name }).cause; }).join(","));
// AggregateError takes the options as its third argument
const agg = new AggregateError([], "agg", { cause: "root cause" });
console.log(agg.cause);
// walking a cause chain
function level3() { throw new RangeError("value out of range"); }
function level2() {
  try { level3(); } catch (e) { throw new TypeError("conversion failed", { cause: e }); }
}
function level1() {
  try { level2(); } catch (e) { throw new Error("request failed", { cause: e }); }
}
try {
  level1();
} catch (e) {
  let cur = e, depth = 0;
  while (cur) {
    console.log("  ".repeat(depth) + cur.name + ": " + cur.message);
    cur = cur.cause;
    depth++;
  }
}
// subclass forwarding options to super
class DbError extends Error {
  constructor(msg, options) {
    super(msg, options);
    this.name = "DbError";
  }
}
const de = new DbError("query failed", { cause: new Error("connection reset") });
console.log(de.name, de.message, "cause:", de.cause.message, de instanceof DbError);
// cause getter runs once at construction
let reads = 0;
const counting = { get cause() { reads++; return "counted"; } };
const ce = new Error("g", counting);
console.log(ce.cause, ce.cause, "reads", reads);
