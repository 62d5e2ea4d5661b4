// Sieve of Eratosthenes over a fresh 5000-element array each time.
import { Benchmark, run } from './harness.js';

class Sieve extends Benchmark {
  benchmark() {
    const flags = new Array(5000).fill(true);
    return this.sieve(flags, 5000);
  }

  sieve(flags, size) {
    let primeCount = 0;
    for (let i = 2; i <= size; i++) {
      if (flags[i - 1]) {
        primeCount++;
        for (let k = i + i; k <= size; k += i) flags[k - 1] = false;
      }
    }
    return primeCount;
  }

  verifyResult(result) {
    return result === 669;
  }
}

run('Sieve', new Sieve(), 100, 100);
