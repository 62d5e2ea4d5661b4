// Object.prototype.toString gives [object Tag] for the built-in kinds of values.
const ts = Object.prototype.toString;
const values = [
  ["plain object", {}],
  ["null proto", Object.create(null)],
  ["array", []],
  ["array subclass", new (class A extends Array {})()],
  ["function", function () {}],
  ["arrow", () => {}],
  ["class", class {}],
  ["bound", function () {}.bind(null)],
  ["null", null],
  ["undefined", undefined],
  ["error", new Error("e")],
  ["type error", new TypeError("t")],
  ["error subclass", new (class E extends Error {})()],
  ["number", 1],
  ["NaN", NaN],
  ["Number object", new Number(1)],
  ["string", "s"],
  ["String object", new String("s")],
  ["boolean", true],
  ["Boolean object", new Boolean(false)],
  ["Math", Math],
  ["class instance", new (class Point {})()],
];
for (let i = 0; i < values.length; i++) console.log(values[i][0].padEnd(16), ts.call(values[i][1]));
function argsTag() { return ts.call(arguments); }
console.log("arguments".padEnd(16), argsTag());
// String() and template literal on plain objects use it
console.log(String({}), `${{}}`, "" + {}, [{}] + "");
// Array.prototype.toString falls back to Object.prototype.toString when join is not callable
const weird = [1, 2];
weird.join = 5;
console.log(String(weird));
console.log(Array.prototype.toString.call({ join() { return "custom join"; } }), Array.prototype.toString.call({}));
// toString of special numbers and strings via the wrapper
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), String(-0), (-0).toString());
console.log(true.toString(), false.toString(), "abc".toString(), Number.prototype.toString.call(5));
try { Number.prototype.toString.call("5"); } catch (e) { console.log(e.constructor.name, e.message); }
try { String.prototype.toString.call(5); } catch (e) { console.log(e.constructor.name, e.message); }
try { Boolean.prototype.toString.call(1); } catch (e) { console.log(e.constructor.name, e.message); }
// Error.prototype.toString
console.log(Error.prototype.toString.call({ name: "N", message: "M" }), Error.prototype.toString.call({}), Error.prototype.toString.call({ message: "only message" }), Error.prototype.toString.call({ name: "only name" }));
console.log(Error.prototype.toString.call({ name: "", message: "empty name" }), Error.prototype.toString.call({ name: "N", message: "" }));
console.log(Math, JSON, [Math]); console.log(Object.prototype.toString.call(JSON))
