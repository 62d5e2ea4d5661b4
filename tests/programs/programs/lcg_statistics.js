// A deterministic linear congruential generator and running statistics.
let seed = 12345;
function next() {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 4294967296;
}
let n = 0, mean = 0, m2 = 0, min = Infinity, max = -Infinity;
let buckets = "";
let b0 = 0, b1 = 0, b2 = 0, b3 = 0;
for (let i = 0; i < 100000; i++) {
  const x = next();
  n++;
  const delta = x - mean;
  mean += delta / n;
  m2 += delta * (x - mean);
  if (x < min) min = x;
  if (x > max) max = x;
  const q = Math.floor(x * 4);
  if (q === 0) b0++;
  else if (q === 1) b1++;
  else if (q === 2) b2++;
  else b3++;
}
buckets = b0 + " " + b1 + " " + b2 + " " + b3;
console.log("mean", mean.toFixed(6), "variance", (m2 / (n - 1)).toFixed(6));
console.log("min", min.toFixed(8), "max", max.toFixed(8));
console.log("quartile buckets", buckets);
console.log("first values:", next().toFixed(5), next().toFixed(5), next().toFixed(5));
