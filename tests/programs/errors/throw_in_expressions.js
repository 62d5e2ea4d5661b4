// Exceptions in the middle of expression evaluation: what was already evaluated stays evaluated.
const log = [];
function v(x) { log.push(x); return x; }
function boom(msg) { log.push("boom"); throw new Error(msg); }
function attempt(label, f) {
  log.length = 0;
  try {
    const r = f();
    console.log(label, "ok", r, "| log:", log.join(","));
  } catch (e) {
    console.log(label, "threw", e.message, "| log:", log.join(","));
  }
}
attempt("binary", function () { return v(1) + boom("in +") + v(2); });
attempt("call args", function () { return Math.max(v(1), v(2), boom("3rd arg"), v(4)); });
attempt("array literal", function () { return [v("a"), boom("array"), v("c")]; });
attempt("object literal", function () { return { a: v("a"), b: boom("object"), c: v("c") }; });
attempt("template", function () { return `${v("x")}-${boom("template")}-${v("z")}`; });
attempt("ternary untaken", function () { return v(true) ? v("yes") : boom("not evaluated"); });
attempt("&& short circuit", function () { return v(false) && boom("skipped"); });
attempt("|| evaluates", function () { return v(0) || boom("or rhs"); });
attempt("?? skip", function () { return v("set") ?? boom("nullish rhs"); });
attempt("?? evaluates", function () { return v(null) ?? boom("nullish taken"); });
attempt("comma", function () { return (v(1), boom("comma"), v(3)); });
attempt("assignment target", function () { const o = {}; o[v("key")] = boom("rhs"); return o; });
attempt("computed key", function () { const o = {}; o[boom("key expr")] = v("value"); return o; });
attempt("method receiver", function () { return boom("receiver").toString(v("arg")); });
attempt("new args", function () { return new Array(v(1), boom("ctor arg")); });
attempt("typeof", function () { return typeof boom("typeof operand"); });
attempt("delete", function () { return delete boom("delete operand").x; });
// partial assignment: the variable keeps its old value
let x = "old";
try { x = boom("assign"); } catch (e) { }
console.log("x is", x);
// compound assignment: the left side is read before the right side throws
const counter = { n: 1 };
try { counter.n += boom("compound"); } catch (e) { }
console.log("counter.n", counter.n);
// increments happen before a later throw
let i = 0;
try { i++; i++; boom("after increments"); i++; } catch (e) { }
console.log("i", i);
// array push partially done
const arr = [];
try { arr.push(v(1), v(2)); arr.push(boom("push arg")); } catch (e) { }
console.log("arr", arr.join(","));
// a throw inside a ternary via an IIFE
const pick = (n) => n > 0 ? n : (() => { throw new RangeError("non-positive " + n); })();
try { console.log(pick(3)); console.log(pick(-1)); } catch (e) { console.log(e.name, e.message); }
// exceptions from toString/valueOf during coercion
const badNum = { valueOf: function () { throw new Error("valueOf failed"); } };
const badStr = { toString: function () { throw new Error("toString failed"); } };
attempt("valueOf in *", function () { return badNum * 2; });
attempt("toString in template", function () { return `${badStr}`; });
attempt("toString in String()", function () { return String(badStr); });
attempt("valueOf in comparison", function () { return badNum < 1; });
attempt("Error message coercion", function () { return new Error(badStr).message; });
