// kiln deliberately goes beyond node here: proper tail calls run in constant stack.
// Expected output is hand-written (//> lines); node overflows its stack on it.
function sum(n, acc) {
  if (n === 0) return acc;
  return sum(n - 1, acc + n);
}
console.log(sum(10000000, 0));
function sumTo(n) {
  return sum(n, 0);
}
console.log(sumTo(5000000));
//> 50000005000000
//> 12500002500000
