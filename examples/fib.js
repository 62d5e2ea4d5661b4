// Recursive Fibonacci: the classic function-call benchmark, small enough to read.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
for (let i = 0; i <= 30; i += 5) {
  console.log(`fib(${i}) = ${fib(i)}`);
}
