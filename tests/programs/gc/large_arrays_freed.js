// kiln-test: env KILN_MAX_HEAP=64
// Allocates 320 MB of 160 KB arrays (large objects), one live at a time,
// under a 64 MB heap limit: every collection must free the dead ones (the
// collector's own table of large objects is no root, even when a stale
// stack word points at it).
class Sieve {
  run(size) {
    const flags = new Array(size).fill(true);
    let count = 0;
    for (let i = 2; i <= size; i++) {
      if (flags[i - 1]) {
        count++;
        for (let k = i + i; k <= size; k += i) flags[k - 1] = false;
      }
    }
    return count;
  }
}
const s = new Sieve();
let total = 0;
for (let i = 0; i < 2000; i++) total += s.run(20000);
console.log(total, total / 2000);
