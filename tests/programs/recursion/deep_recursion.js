// Non-tail recursion a few thousand levels deep works normally.
function sumTo(n) {
  if (n === 0) return 0;
  return n + sumTo(n - 1) * 1;
}
console.log(sumTo(5000));
function count(n) {
  if (n === 0) return "";
  const rest = count(n - 1);
  return n % 1000 === 0 ? rest + n + " " : rest;
}
console.log(count(8000));
