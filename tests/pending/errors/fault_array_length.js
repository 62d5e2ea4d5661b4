// Invalid array lengths and other RangeErrors from builtins.
function report(label, f) {
  try {
    console.log(label, "-> ok:", f());
  } catch (e) {
    console.log(label, "->", e.constructor.name + ":", e.message, e instanceof RangeError);
  }
}
report("new Array(-1)", function () { return new Array(-1).length; });
report("new Array(1.5)", function () { return new Array(1.5).length; });
report("new Array(2 ** 32)", function () { return new Array(Math.pow(2, 32)).length; });
report("Array(NaN)", function () { return Array(NaN).length; });
report("Array(Infinity)", function () { return Array(Infinity).length; });
report("new Array('3')", function () { return new Array("3").length; });
report("arr.length = -1", function () { const a = [1, 2]; a.length = -1; return a.length; });
report("arr.length = 1.5", function () { const a = [1, 2]; a.length = 1.5; return a.length; });
report("arr.length = '1'", function () { const a = [1, 2, 3]; a.length = "1"; return a.join(","); });
report("arr.length = 0", function () { const a = [1, 2, 3]; a.length = 0; return a.length; });
// other RangeErrors from number and string methods
report("(1.5).toFixed(101)", function () { return (1.5).toFixed(101); });
report("(1.5).toFixed(2)", function () { return (1.5).toFixed(2); });
report("(255).toString(1)", function () { return (255).toString(1); });
report("(255).toString(37)", function () { return (255).toString(37); });
report("(255).toString(16)", function () { return (255).toString(16); });
report("(1).toPrecision(0)", function () { return (1).toPrecision(0); });
report("(1).toExponential(-1)", function () { return (1).toExponential(-1); });
report("'ab'.repeat(-1)", function () { return "ab".repeat(-1); });
report("'ab'.repeat(Infinity)", function () { return "ab".repeat(Infinity); });
report("'ab'.repeat(3)", function () { return "ab".repeat(3); });
report("'x'.padStart(5, '-')", function () { return "x".padStart(5, "-"); });
report("String.fromCodePoint(-1)", function () { return String.fromCodePoint(-1); });
report("String.fromCodePoint(0x110000)", function () { return String.fromCodePoint(0x110000); });
report("'a'.normalize('bad')", function () { return "a".normalize("bad"); });
// catching a RangeError and falling back
function safeArray(n) {
  try {
    return new Array(n).fill(0).length;
  } catch (e) {
    if (e instanceof RangeError) return "fallback for " + n;
    throw e;
  }
}
console.log(safeArray(3), safeArray(-3), safeArray(0.5));
