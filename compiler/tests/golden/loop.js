// A counted loop over number locals, with break and continue.
let sum = 0;
for (let i = 0; i < 100; i++) {
  if (i % 3 === 0) continue;
  if (sum > 1000) break;
  sum += i;
}
console.log(sum);
