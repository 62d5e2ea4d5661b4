// Errors used as ordinary values: stored, returned, compared, sorted, decorated.
function tryCall(f) {
  try { return { ok: true, value: f() }; } catch (e) { return { ok: false, error: e }; }
}
const results = [
  tryCall(function () { return 10; }),
  tryCall(function () { throw new RangeError("too far"); }),
  tryCall(function () { return null.x; }),
  tryCall(function () { throw new Error("plain"); }),
];
results.forEach(function (r, i) {
  console.log(i, r.ok ? "value " + r.value : "error " + r.error.name + " / " + r.error.message);
});
// errors can be returned without being thrown
function parsePort(s) {
  const n = Number(s);
  if (!(n >= 1 && n <= 65535) || n !== Math.floor(n)) return new RangeError("invalid port " + s);
  return n;
}
const ports = ["80", "0", "70000", "8080", "1.5"].map(parsePort);
console.log(ports.map(function (p) { return p instanceof Error ? "E(" + p.message + ")" : p; }).join(" "));
// sorting errors by name then message
const errs = [new TypeError("b"), new Error("z"), new RangeError("a"), new TypeError("a"), new Error("a")];
errs.sort(function (x, y) {
  if (x.name !== y.name) return x.name < y.name ? -1 : 1;
  return x.message < y.message ? -1 : x.message > y.message ? 1 : 0;
});
console.log(errs.map(String).join(", "));
// errors as object keys use their toString
const counts = {};
[new Error("x"), new Error("x"), new TypeError("x")].forEach(function (e) { counts[e] = (counts[e] || 0) + 1; });
console.log(Object.keys(counts).map(function (k) { return k + "=" + counts[k]; }).join("; "));
// equality is by identity
const a = new Error("same"), b = new Error("same");
console.log(a === b, a == b, String(a) === String(b));
// decorating an error with extra fields, and Object.assign
const decorated = Object.assign(new Error("with extras"), { code: "E42", retry: false });
console.log(decorated.code, decorated.retry, Object.keys(decorated).join(","));
// deleting and redefining message
const d = new Error("to delete");
delete d.message;
console.log("[" + d.message + "]", d.hasOwnProperty("message"), String(d));
// typeof and truthiness of error values
console.log(typeof a, !!a, a ? "truthy" : "falsy");
// an error used as a prototype
const child = Object.create(new TypeError("inherited message"));
console.log(child.message, child.name, child instanceof TypeError, child.hasOwnProperty("message"));
// filter successes from failures
const mixed = ["1", "two", "3", "", "5"].map(function (s) {
  return tryCall(function () { if (s === "" || isNaN(Number(s))) throw new SyntaxError("bad '" + s + "'"); return Number(s); });
});
console.log("ok:", mixed.filter(function (r) { return r.ok; }).map(function (r) { return r.value; }).join(","));
console.log("bad:", mixed.filter(function (r) { return !r.ok; }).map(function (r) { return r.error.message; }).join(","));
