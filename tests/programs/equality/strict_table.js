// Strict equality === across the coercion table.
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

table("a === b", (a, b) => a === b);
table("a !== b", (a, b) => a !== b);
