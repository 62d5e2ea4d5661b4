// kiln deliberately goes beyond node here: tail calls between functions with different
// numbers of parameters (including more than fit in registers) run in constant stack.
// Expected output is hand-written (//> lines); node overflows its stack on it.
function a(n, x) {
  if (n === 0) return x;
  return b(n - 1, x, 1, 2, 3, 4, 5);
}
function b(n, x, p, q, r, s, t) {
  return c(n, x + p + q + r + s + t);
}
function c(n, x) {
  return a(n, x);
}
console.log(a(1000000, 0));
function rotate(n, p1, p2, p3, p4, p5, p6) {
  return n === 0 ? p1 + "," + p2 + "," + p3 + "," + p4 + "," + p5 + "," + p6 : rotate(n - 1, p2, p3, p4, p5, p6, p1);
}
console.log(rotate(1000003, 1, 2, 3, 4, 5, 6));
//> 15000000
//> 2,3,4,5,6,1
