// switch with fall-through, shared bodies and break.
function days(month) {
  let d = 0;
  switch (month) {
    case 2:
      d = 28;
      break;
    case 4:
    case 6:
    case 9:
    case 11:
      d = 30;
      break;
    default:
      d = 31;
  }
  return d;
}
let line = "";
for (let m = 1; m <= 12; m++) line += days(m) + " ";
console.log(line);
function fall(n) {
  let out = "";
  switch (n) {
    case 0: out += "zero ";
    case 1: out += "one ";
    case 2: out += "two ";
      break;
    case 3: out += "three ";
  }
  return out + "|";
}
console.log(fall(0), fall(1), fall(2), fall(3), fall(4));
function byString(s) {
  switch (s) {
    case "a" + "b": return "matched ab";
    case "": return "empty";
  }
  return "no match";
}
console.log(byString("ab"), byString(""), byString("x"));
