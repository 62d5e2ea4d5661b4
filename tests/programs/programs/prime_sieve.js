// A sieve of Eratosthenes that stores its flags in a string (no arrays).
function sieve(limit) {
  let flags = "";
  for (let i = 0; i <= limit; i++) flags += i < 2 ? "0" : "1";
  for (let p = 2; p * p <= limit; p++) {
    if (flags[p] === "0") continue;
    let next = "";
    let last = 0;
    for (let m = p * p; m <= limit; m += p) {
      next += flags.slice(last, m) + "0";
      last = m + 1;
    }
    flags = next + flags.slice(last);
  }
  return flags;
}
const flags = sieve(2000);
let count = 0, list = "", last = 0, twin = 0;
for (let i = 0; i < flags.length; i++) {
  if (flags[i] === "1") {
    count++;
    if (i < 60) list += i + " ";
    if (i - last === 2) twin++;
    last = i;
  }
}
console.log("primes below 60:", list);
console.log("count up to 2000:", count);
console.log("twin prime pairs:", twin);
console.log("largest:", flags.lastIndexOf("1"));
function isPrime(n) {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}
let agree = true;
for (let i = 0; i <= 2000; i++) if ((flags[i] === "1") !== isPrime(i)) agree = false;
console.log("agrees with trial division:", agree);
