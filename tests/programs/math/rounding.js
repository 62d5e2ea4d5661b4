// floor, ceil, round, trunc, sign, fround on tricky inputs.
function row(label, x) {
  console.log(label, Math.floor(x), Math.ceil(x), Math.round(x), Math.trunc(x), Math.sign(x));
}
row("2.5", 2.5);
row("-2.5", -2.5);
row("2.4999", 2.4999);
row("-0.5", -0.5);
row("0.5", 0.5);
row("-0.2", -0.2);
row("1e21+0.5", 1e21 + 0.5);
row("NaN", NaN);
row("-Infinity", -Infinity);
row("'3.7'", "3.7");
row("null", null);
row("undefined", undefined);
row("0.49999999999999994", 0.49999999999999994);
row("4503599627370495.5", 4503599627370495.5);
row("-4503599627370495.5", -4503599627370495.5);
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(1e40), Math.fround(-0));
