// Exponentiation ** across the coercion table, and its associativity.
// The twelve operand values of the coercion tables, without arrays.
const COUNT = 12;
function val(i) {
  switch (i) {
    case 0: return undefined;
    case 1: return null;
    case 2: return true;
    case 3: return false;
    case 4: return 0;
    case 5: return -0;
    case 6: return NaN;
    case 7: return Infinity;
    case 8: return "";
    case 9: return "12";
    case 10: return " 3 ";
    default: return "abc";
  }
}
function show(v) {
  if (typeof v === "string") return "\"" + v + "\"";
  if (v === 0 && 1 / v < 0) return "-0";
  return String(v);
}
function table(label, op) {
  console.log("--- " + label);
  for (let i = 0; i < COUNT; i++) {
    let row = show(val(i)).padEnd(10) + "|";
    for (let j = 0; j < COUNT; j++) {
      row += " " + show(op(val(i), val(j)));
    }
    console.log(row);
  }
}

table("a ** b", (a, b) => a ** b);
console.log(2 ** 3 ** 2, (2 ** 3) ** 2, (-2) ** 2, (-2) ** 0.5, 2 ** -1);
console.log(10 ** 21, 10 ** -7, 4 ** 0.5, 27 ** (1 / 3));
console.log((-8) ** (1 / 3), 1 ** Infinity, (-1) ** Infinity, 0 ** -1, (-0) ** -1, (-0) ** -2);
