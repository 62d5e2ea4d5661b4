// Eval code containing eval code, and an eval site run many times.
console.log(eval('eval("1 + 1") * 10'));
console.log(eval('var outer = 2; eval("var inner = outer * 3"); inner + outer'));
function nested() {
  eval('eval("var deep = 4")');
  return deep;
}
console.log(nested());

let sum = 0;
for (let i = 0; i < 5; i++) {
  sum += eval('i * i');
}
console.log(sum);

function manyTimes(n) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total = eval('total + i');
  }
  return total;
}
console.log(manyTimes(1000));

// Each run of the eval code gets fresh let bindings.
const fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(eval('let captured = i * 2; () => captured'));
}
console.log(fns.map((f) => f()));
