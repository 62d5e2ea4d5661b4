// && || ?? return one of their operands and short-circuit.
function tr(label, v) {
  console.log("  eval " + label);
  return v;
}
console.log(1 && 2, 0 && 2, "" && "x", "a" && "", null && 1, undefined && 1);
console.log(1 || 2, 0 || 2, "" || "x", "a" || "", null || undefined, NaN || 0);
console.log(null ?? 1, undefined ?? 1, 0 ?? 1, "" ?? 1, false ?? 1, NaN ?? 1);
console.log(tr("A", 0) && tr("B", 1));
console.log(tr("C", 1) || tr("D", 1));
console.log(tr("E", null) ?? tr("F", "fallback"));
console.log(tr("G", 0) ?? tr("H", "not evaluated"));
console.log(true && false || true, true || false && false);
console.log((null ?? false) || "x", null ?? (false || "y"));
let n = 0;
const r = n++ || n++ || n++;
console.log(r, n);
console.log(!0 && !"" && "all", !1 || "either");
