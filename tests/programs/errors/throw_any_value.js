// Any value can be thrown and caught unchanged.
function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array[" + v.length + "]";
  if (typeof v === "object") return "object keys=" + Object.keys(v).join(",");
  if (typeof v === "function") return "function " + v.name;
  return typeof v + " " + String(v);
}
function named() { return 1; }
const values = [42, -0, NaN, "text", "", true, false, null, undefined,
  { code: 1, msg: "m" }, [1, 2, 3], named, 1.5e300, Infinity];
for (let i = 0; i < values.length; i++) {
  try {
    throw values[i];
  } catch (e) {
    console.log(i, describe(e), e === values[i] || (e !== e && values[i] !== values[i]));
  }
}
// negative zero survives the throw
try { throw -0; } catch (z) { console.log("neg zero:", 1 / z); }
// the same object identity comes back
const box = { n: 0 };
try { box.n++; throw box; } catch (b) { b.n++; }
console.log("box.n", box.n);
// thrown value from an expression
function pick(k) {
  try {
    throw k > 2 ? "big" : k > 0 ? k * 10 : { zero: true };
  } catch (e) {
    return typeof e === "object" ? "obj:" + e.zero : e;
  }
}
console.log(pick(5), pick(1), pick(0));
// thrown functions can be called
try {
  throw function (x) { return x * 2; };
} catch (f) {
  console.log("called thrown fn:", f(21));
}
// thrown arrays keep contents
try { throw ["a", "b", "c"]; } catch (arr) { console.log(arr.join("-"), arr.length); }
// throwing an Error-like plain object is not an Error
try { throw { name: "Fake", message: "not real" }; } catch (e) {
  console.log(e instanceof Error, e.name, e.message, String(e));
}
