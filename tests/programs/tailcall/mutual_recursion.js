// kiln deliberately goes beyond node here: mutual tail calls run in constant stack.
// Expected output is hand-written (//> lines); node overflows its stack on it.
function isEven(n) {
  if (n === 0) return true;
  return isOdd(n - 1);
}
function isOdd(n) {
  if (n === 0) return false;
  return isEven(n - 1);
}
console.log(isEven(1000000), isOdd(1000000));
console.log(isEven(3000001), isOdd(3000001));
function ping(n, hits) {
  return n <= 0 ? "ping " + hits : pong(n - 1, hits + 1);
}
function pong(n, hits) {
  return n <= 0 ? "pong " + hits : ping(n - 1, hits + 1);
}
console.log(ping(2000001, 0));
//> true false
//> false true
//> pong 2000001
