// Which values are truthy, via !!, if and the conditional operator.
function t(v) {
  return v ? "truthy" : "falsy";
}
console.log("undefined", t(undefined), !!undefined);
console.log("null", t(null), !!null);
console.log("true", t(true), !!true);
console.log("false", t(false), !!false);
console.log("0", t(0), !!0);
console.log("-0", t(-0), !!-0);
console.log("NaN", t(NaN), !!NaN);
console.log("1", t(1), !!1);
console.log("-1", t(-1), !!-1);
console.log("Infinity", t(Infinity), !!Infinity);
console.log("empty", t(""), !!"");
console.log("space", t(" "), !!" ");
console.log("'0'", t("0"), !!"0");
console.log("'false'", t("false"), !!"false");
console.log("function", t(t), !!t);
if ("") console.log("never"); else console.log("empty string is falsy");
if (0.1) console.log("0.1 is truthy");
