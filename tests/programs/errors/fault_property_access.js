// Reading and writing properties of undefined and null.
function report(label, f) {
  try {
    const r = f();
    console.log(label, "-> ok:", r);
  } catch (e) {
    console.log(label, "->", e.constructor.name + ":", e.message);
  }
}
let u;
const n = null;
const obj = { inner: undefined, nothing: null, list: [] };
report("u.x", function () { return u.x; });
report("n.x", function () { return n.x; });
report("obj.inner.deep", function () { return obj.inner.deep; });
report("obj.nothing.deep", function () { return obj.nothing.deep; });
report("obj.missing.deep", function () { return obj.missing.deep; });
report("u[0]", function () { return u[0]; });
report("n['key with space']", function () { return n["key with space"]; });
report("u[k] computed", function () { const k = "dyn" + 1; return u[k]; });
report("obj.list[3].name", function () { return obj.list[3].name; });
report("u.x = 1", function () { u.x = 1; });
report("n.x = 1", function () { n.x = 1; });
report("obj.inner.y = 2", function () { obj.inner.y = 2; });
report("u[5] = 1", function () { u[5] = 1; });
report("u.x += 1", function () { u.x += 1; });
report("n.count++", function () { n.count++; });
report("delete u.x", function () { return delete u.x; });
report("'x' in u", function () { return "x" in u; });
report("'x' in 5", function () { return "x" in 5; });
report("u.length", function () { return u.length; });
report("n.toString()", function () { return n.toString(); });
// optional chaining avoids the fault
report("u?.x", function () { return u?.x; });
report("obj.nothing?.deep.deeper", function () { return obj.nothing?.deep.deeper; });
report("obj.inner?.[0]", function () { return obj.inner?.[0]; });
// reading properties of primitives is fine
report("(5).x", function () { return (5).x; });
report("'abc'.length", function () { return "abc".length; });
report("true.x", function () { return true.x; });
// a function returning undefined
function getUser(id) { if (id === 1) return { name: "ann" }; }
report("getUser(1).name", function () { return getUser(1).name; });
report("getUser(2).name", function () { return getUser(2).name; });
// the fault happens after evaluating the left side, so side effects remain
let steps = 0;
function step() { steps++; return undefined; }
report("step().a", function () { return step().a; });
console.log("steps", steps);
// message for numeric property on null
report("n[0]", function () { return n[0]; });
report("n[1.5]", function () { return n[1.5]; });
