// default can be anywhere; it is taken only when no case matches, then falls through.
function f(x) {
  let out = "";
  switch (x) {
    case 1:
      out += "1";
    default:
      out += "D";
    case 2:
      out += "2";
      break;
    case 3:
      out += "3";
  }
  return out;
}
console.log(f(1), f(2), f(3), f(4));
function g(x) {
  switch (x) {
    default:
      return "default first";
    case "a":
      return "a";
  }
}
console.log(g("a"), g("b"));
let evaluated = "";
function key(k) {
  evaluated += k;
  return k;
}
switch (3) {
  case key(1):
  case key(2):
  default:
    evaluated += "!";
  case key(3):
    evaluated += "=";
  case key(4):
}
console.log(evaluated);
switch (1) {}
console.log("empty switch ok");
