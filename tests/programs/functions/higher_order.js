// Functions passed as arguments and returned as results.
function repeatCall(n, f) {
  let s = "";
  for (let i = 0; i < n; i++) s += f(i);
  return s;
}
console.log(repeatCall(5, i => i * i + ","));
function adder(n) {
  return x => x + n;
}
const add10 = adder(10);
console.log(add10(5), adder(-1)(1));
function twice(f) {
  return x => f(f(x));
}
console.log(twice(x => x * 3)(2), twice(twice(x => x + 1))(0));
function foldRange(from, to, init, f) {
  let acc = init;
  for (let i = from; i <= to; i++) acc = f(acc, i);
  return acc;
}
console.log(foldRange(1, 10, 0, (a, b) => a + b));
console.log(foldRange(1, 5, "", (a, b) => a + b));
console.log(foldRange(1, 6, 1, (a, b) => a * b));
function pick(which) {
  switch (which) {
    case "sum": return (a, b) => a + b;
    case "max": return (a, b) => a > b ? a : b;
    default: return () => "unknown";
  }
}
console.log(pick("sum")(3, 4), pick("max")(3, 4), pick("x")(3, 4));
