// Builds a tree of arrays (depth 7, fan-out 4) with random-sized leaves and
// counts the arrays allocated: an allocation-heavy workload.
import { Benchmark, run, Random } from './harness.js';

class Storage extends Benchmark {
  benchmark() {
    this.random = new Random(74755);
    this.count = 0;
    this.buildTreeDepth(7);
    return this.count;
  }

  buildTreeDepth(depth) {
    this.count++;
    if (depth === 1) {
      return new Array(this.random.nextInt(10) + 1);
    }
    const arr = new Array(4);
    for (let i = 0; i < 4; i++) arr[i] = this.buildTreeDepth(depth - 1);
    return arr;
  }

  verifyResult(result) {
    return result === 5461;
  }
}

run('Storage', new Storage(), 100, 20);
