// Naive doubly-recursive Fibonacci.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
for (let i = 0; i <= 10; i++) console.log("fib(" + i + ") =", fib(i));
console.log("fib(25) =", fib(25));
