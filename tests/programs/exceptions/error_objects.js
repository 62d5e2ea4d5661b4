// Error constructors: name and message of each kind.
function info(e) {
  return e.name + " | " + e.message + " | " + typeof e;
}
console.log(info(new Error("plain")));
console.log(info(new TypeError("type")));
console.log(info(new RangeError("range")));
console.log(info(new ReferenceError("ref")));
console.log(info(new SyntaxError("syntax")));
console.log(info(new Error()));
console.log("[" + new Error().message + "]");
console.log(info(new Error(42)));
console.log(info(new Error(undefined)));
try {
  throw new TypeError("thrown " + 1 + 2);
} catch (e) {
  console.log(info(e));
}
