// Bitwise & | ^ and ~ across the coercion table (ToInt32).
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

table("a & b", (a, b) => a & b);
table("a | b", (a, b) => a | b);
table("a ^ b", (a, b) => a ^ b);
for (let i = 0; i < COUNT; i++) console.log("~" + show(val(i)), ~val(i));
console.log(~0, ~-1, ~~3.7, ~~-3.7, ~~2147483648, ~~4294967297, ~~1e21, ~~NaN);
console.log(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, -1 & 0xffff, 2 ** 32 | 0, (2 ** 31) | 0);
console.log(1.9 | 0, -1.9 | 0, 1e10 | 0, -1e10 | 0, 123456789012 & 0xffffffff);
