// Recursive gcd, fast exponentiation and digit sums.
function gcd(a, b) {
  return b === 0 ? a : gcd(b, a % b);
}
console.log(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462));
function power(base, exp) {
  if (exp === 0) return 1;
  const half = power(base, Math.floor(exp / 2));
  return exp % 2 === 0 ? half * half : half * half * base;
}
console.log(power(2, 10), power(3, 13), power(2, 60), power(1.5, 3));
function digitSum(n) {
  return n < 10 ? n : (n % 10) + digitSum(Math.floor(n / 10));
}
console.log(digitSum(0), digitSum(12345), digitSum(9999999999));
function reverse(s) {
  return s.length <= 1 ? s : reverse(s.slice(1)) + s[0];
}
console.log(reverse("recursion"), reverse(""), reverse("ab"));
function binary(n) {
  return n < 2 ? String(n) : binary(Math.floor(n / 2)) + (n % 2);
}
console.log(binary(0), binary(5), binary(255), binary(1024));
