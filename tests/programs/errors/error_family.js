// The built-in Error constructors: name, message, prototype chain.
const ctors = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (let i = 0; i < ctors.length; i++) {
  const C = ctors[i];
  const e = new C("msg " + i);
  console.log(C.name, e.name, e.message, e instanceof C, e instanceof Error,
    Object.getPrototypeOf(C.prototype) === (C === Error ? Object.prototype : Error.prototype));
}
// calling without new also creates an error
const t = TypeError("no new");
console.log(t instanceof TypeError, t.name, t.message);
// missing message -> empty string, not own property
const bare = new RangeError();
console.log(quoted(bare.message), bare.hasOwnProperty("message"), RangeError.prototype.message === "");
function quoted(s) { return "\"" + s + "\""; }
// message is converted to a string
console.log(new Error(42).message, typeof new Error(42).message);
console.log(new Error(null).message, new Error(true).message);
console.log(new Error({ toString: function () { return "custom toString"; } }).message);
console.log(new Error(undefined).hasOwnProperty("message"));
// name lives on the prototype
console.log(TypeError.prototype.name, Error.prototype.name, new SyntaxError("x").hasOwnProperty("name"));
// each constructor's prototype is distinct
console.log(TypeError.prototype === RangeError.prototype, Object.getPrototypeOf(TypeError) === Error);
// the constructor property points back
console.log(new URIError("u").constructor === URIError, new EvalError("e").constructor.name);
// length of the constructors
console.log(Error.length, TypeError.length, AggregateError.length);
// typeof checks
console.log(typeof Error, typeof new Error("x"), typeof Error.prototype);
// Object.prototype.toString on errors
console.log(Object.prototype.toString.call(new TypeError("x")), Object.prototype.toString.call(Error.prototype));
// own property names of a fresh error (stack is own too)
const own = Object.getOwnPropertyNames(new Error("m")).sort();
console.log(own.join(","));
console.log(Object.keys(new Error("m")).length, "enumerable keys");
// property descriptors of message
const d = Object.getOwnPropertyDescriptor(new Error("m"), "message");
console.log(d.value, d.writable, d.enumerable, d.configurable);
// instanceof across the family
const samples = [new TypeError(), new RangeError(), new Error(), new SyntaxError()];
console.log(samples.map(function (s) { return (s instanceof TypeError) + "/" + (s instanceof RangeError); }).join(" "));
// modifying name and message after construction
const m = new Error("before");
m.message = "after";
m.name = "Renamed";
console.log(String(m), m.name, m.message);
