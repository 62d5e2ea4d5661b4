// A known function specialised to unboxed numbers, with a direct recursive call.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log(fib(20));
