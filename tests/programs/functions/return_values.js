// return from nested control flow; implicit undefined.
function firstMultiple(n, of) {
  for (let i = 1; ; i++) {
    if ((i * of) % n === 0) return i * of;
  }
}
console.log(firstMultiple(12, 8), firstMultiple(7, 3));
function early(x) {
  if (x) return "early";
  console.log("  fell through");
}
console.log(early(1), early(0));
function inSwitch(x) {
  switch (x) {
    case 1:
      return "one";
    default:
      while (true) {
        return "from loop";
      }
  }
}
console.log(inSwitch(1), inSwitch(2));
function types(k) {
  if (k === 0) return 1;
  if (k === 1) return "s";
  if (k === 2) return true;
  if (k === 3) return null;
  return;
}
console.log(types(0), types(1), types(2), types(3), types(4));
