// A closure that refers to itself through a captured let, and mutual closures.
let fib = (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2));
console.log(fib(20));
function makeEvenOdd() {
  const isEven = (n) => (n === 0 ? true : isOdd(n - 1));
  const isOdd = (n) => (n === 0 ? false : isEven(n - 1));
  return (n) => (isEven(n) ? "even" : "odd");
}
const parity = makeEvenOdd();
console.log(parity(10), parity(7), parity(0));
let calls = 0;
const countDown = (n) => {
  calls++;
  if (n > 0) countDown(n - 1);
};
countDown(50);
console.log("calls", calls);
