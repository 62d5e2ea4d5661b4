// Benchmark: 10^7 short-lived objects, then 10^7 short-lived arrays and 10^7
// short-lived strings, each made, used once and dropped in a loop; prints the
// sums. Nothing survives an iteration, so a collector should keep memory flat
// (a garbage collector benchmark, issue 4). Without a collector kiln needs
// about 2.3 GB for it; node about 80 MB.
const N = 1e7;

function objects(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const p = { x: i, y: i + 1 };
    sum += p.x + p.y;
  }
  return sum;
}

function arrays(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const a = [i, i & 7, 3];
    sum += a[0] - a[1] + a[2];
  }
  return sum;
}

function strings(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const s = "k" + (i & 0xffff);
    sum += s.length + s.charCodeAt(s.length - 1);
  }
  return sum;
}

console.log("objects", objects(N));
console.log("arrays", arrays(N));
console.log("strings", strings(N));
