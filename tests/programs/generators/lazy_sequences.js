// A small lazy sequence library built on generators.
class Seq {
  constructor(factory) {
    this.factory = factory;
  }
  static of(...xs) {
    return new Seq(function* () {
      yield* xs;
    });
  }
  static from(iterable) {
    return new Seq(function* () {
      yield* iterable;
    });
  }
  static range(start = 0, end = Infinity, step = 1) {
    return new Seq(function* () {
      for (let i = start; step > 0 ? i < end : i > end; i += step) yield i;
    });
  }
  static iterate(seed, f) {
    return new Seq(function* () {
      let x = seed;
      for (;;) {
        yield x;
        x = f(x);
      }
    });
  }
  [Symbol.iterator]() {
    return this.factory();
  }
  map(f) {
    const src = this;
    return new Seq(function* () {
      let i = 0;
      for (const x of src) yield f(x, i++);
    });
  }
  filter(p) {
    const src = this;
    return new Seq(function* () {
      for (const x of src) if (p(x)) yield x;
    });
  }
  take(n) {
    const src = this;
    return new Seq(function* () {
      if (n <= 0) return;
      let i = 0;
      for (const x of src) {
        yield x;
        if (++i >= n) return;
      }
    });
  }
  takeWhile(p) {
    const src = this;
    return new Seq(function* () {
      for (const x of src) {
        if (!p(x)) return;
        yield x;
      }
    });
  }
  drop(n) {
    const src = this;
    return new Seq(function* () {
      let i = 0;
      for (const x of src) if (i++ >= n) yield x;
    });
  }
  flatMap(f) {
    const src = this;
    return new Seq(function* () {
      for (const x of src) yield* f(x);
    });
  }
  zip(other) {
    const src = this;
    return new Seq(function* () {
      const a = src[Symbol.iterator]();
      const b = other[Symbol.iterator]();
      try {
        for (;;) {
          const x = a.next();
          const y = b.next();
          if (x.done || y.done) return;
          yield [x.value, y.value];
        }
      } finally {
        a.return();
        b.return();
      }
    });
  }
  chunk(n) {
    const src = this;
    return new Seq(function* () {
      let buf = [];
      for (const x of src) {
        buf.push(x);
        if (buf.length === n) {
          yield buf;
          buf = [];
        }
      }
      if (buf.length) yield buf;
    });
  }
  scan(f, acc) {
    const src = this;
    return new Seq(function* () {
      for (const x of src) yield (acc = f(acc, x));
    });
  }
  reduce(f, acc) {
    for (const x of this) acc = f(acc, x);
    return acc;
  }
  first() {
    for (const x of this) return x;
    return undefined;
  }
  toArray() {
    return [...this];
  }
}

const primes = Seq.iterate(2, (n) => n + 1).filter((n) => {
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
});
console.log("primes", primes.take(12).toArray());
console.log("squares", Seq.range(1).map((x) => x * x).takeWhile((x) => x < 100).toArray());
console.log("drop", Seq.range(0, 10).drop(7).toArray());
console.log("flatMap", Seq.of(1, 2, 3).flatMap((x) => Seq.range(0, x)).toArray());
console.log("zip", Seq.of("a", "b", "c").zip(Seq.range(10)).toArray());
console.log("chunk", Seq.range(0, 7).chunk(3).toArray());
console.log("scan", Seq.range(1, 6).scan((a, b) => a + b, 0).toArray());
console.log("sum", Seq.range(0, 1001).reduce((a, b) => a + b, 0));
console.log("first", primes.drop(99).first());
console.log("collatz", Seq.iterate(27, (n) => (n % 2 ? 3 * n + 1 : n / 2)).takeWhile((n) => n !== 1).reduce((c) => c + 1, 0));
console.log("words", Seq.from("the quick brown fox".split(" ")).map((w, i) => `${i}:${w.length}`).toArray().join(" "));

let cleaned = 0;
const tracked = new Seq(function* () {
  try {
    yield* [1, 2, 3, 4, 5];
  } finally {
    cleaned++;
  }
});
tracked.take(2).toArray();
tracked.first();
tracked.zip(Seq.of("x")).toArray();
console.log("cleanups", cleaned);

const fibs = Seq.iterate([0, 1], ([a, b]) => [b, a + b]).map(([a]) => a);
console.log("fib", fibs.take(20).toArray().join(","));
console.log("even fib sum", fibs.takeWhile((x) => x < 4e6).filter((x) => x % 2 === 0).reduce((a, b) => a + b, 0));
const m = new Map(Seq.range(0, 5).map((i) => [String.fromCharCode(97 + i), i]));
console.log(m, new Set(Seq.of(1, 1, 2, 3, 3)));
const [p1, p2, ...others] = primes.take(6);
console.log(p1, p2, others);
