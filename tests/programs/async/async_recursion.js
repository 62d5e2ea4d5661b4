// Recursive async functions and deep await chains.
async function fib(n) {
  if (n < 2) return n;
  return (await fib(n - 1)) + (await fib(n - 2));
}
async function depth(n) {
  if (n === 0) return 0;
  return 1 + (await depth(n - 1));
}
fib(15).then((v) => console.log("fib", v));
depth(500).then((v) => console.log("depth", v));
