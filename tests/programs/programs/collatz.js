// Collatz sequence lengths: the longest chain below a bound.
function collatzLength(n) {
  let steps = 1;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    steps++;
  }
  return steps;
}
let best = 1, bestLen = 1;
for (let i = 1; i < 100000; i++) {
  const len = collatzLength(i);
  if (len > bestLen) {
    bestLen = len;
    best = i;
  }
}
console.log("longest chain below 100000 starts at", best, "with", bestLen, "terms");
let path = "";
for (let n = 6; ; ) {
  path += n;
  if (n === 1) break;
  path += " -> ";
  n = n % 2 ? 3 * n + 1 : n / 2;
}
console.log(path);
let peak = 0;
for (let n = 27; n !== 1; n = n % 2 ? 3 * n + 1 : n / 2) if (n > peak) peak = n;
console.log("peak of 27:", peak);
