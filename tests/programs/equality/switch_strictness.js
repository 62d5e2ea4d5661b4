// switch compares with === (no coercion).
function which(v) {
  switch (v) {
    case 1: return "number 1";
    case "1": return "string 1";
    case true: return "true";
    case null: return "null";
    case undefined: return "undefined";
    case 0: return "zero";
    case NaN: return "NaN (unreachable)";
    default: return "default";
  }
}
console.log(which(1), "|", which("1"), "|", which(true), "|", which(null));
console.log(which(undefined), "|", which(), "|", which(-0), "|", which(NaN), "|", which(false));
