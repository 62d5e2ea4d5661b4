// The harness shared by the class-based benchmark suite (scripts/bench.sh
// --suite classes). Every program defines a subclass of Benchmark whose
// benchmark() does one unit of work and whose verifyResult(result) checks it;
// run() drives innerBenchmarkLoop a fixed number of times and prints one
// deterministic line, so kiln's and node's stdout can be compared.

export class Benchmark {
  constructor() {
    this.lastResult = undefined;
  }

  // Runs benchmark() innerIterations times; false as soon as one result
  // fails verification.
  innerBenchmarkLoop(innerIterations) {
    for (let i = 0; i < innerIterations; i++) {
      const result = this.benchmark();
      if (!this.verifyResult(result)) {
        this.lastResult = result;
        return false;
      }
      this.lastResult = result;
    }
    return true;
  }

  benchmark() {
    throw new Error(`${this.constructor.name} does not define benchmark()`);
  }

  verifyResult(result) {
    throw new Error(`${this.constructor.name} does not define verifyResult()`);
  }
}

// run(name, benchmark, iterations, innerIterations): the harness loop.
export function run(name, benchmark, iterations, innerIterations) {
  for (let i = 0; i < iterations; i++) {
    if (!benchmark.innerBenchmarkLoop(innerIterations)) {
      console.log(`${name}: iteration ${i}: result ${benchmark.lastResult} failed verification`);
      process.exitCode = 1;
      return;
    }
  }
  console.log(`${name}: ${iterations} x ${innerIterations} verified, last result ${benchmark.lastResult}`);
}

// A deterministic pseudo-random generator (Park-Miller minimal standard):
// the products stay below 2^53, so doubles compute it exactly.
export class Random {
  constructor(seed = 42) {
    this.seed = seed;
  }

  // The next integer in [0, 2147483646).
  next() {
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed - 1;
  }

  // The next integer in [0, n).
  nextInt(n) {
    return this.next() % n;
  }
}
