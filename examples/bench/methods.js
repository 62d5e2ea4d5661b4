// Benchmark: the method-call loop. Monomorphic method calls and field reads
// and writes on a few long-lived objects (no allocation in the loop).
class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  dot(o) { return this.x * o.x + this.y * o.y; }
  addTo(o) { this.x += o.x; this.y += o.y; }
  scaleBy(k) { this.x *= k; this.y *= k; }
  lengthSq() { return this.dot(this); }
}

class Accumulator {
  constructor() { this.total = 0; this.count = 0; }
  add(v) { this.total += v; this.count++; }
  mean() { return this.total / this.count; }
}

const a = new Vec(1, 2);
const b = new Vec(0.5, -0.25);
const acc = new Accumulator();
for (let i = 0; i < 30000000; i++) {
  a.addTo(b);
  a.scaleBy(0.999);
  acc.add(a.dot(b) + a.lengthSq() * 1e-3);
}
console.log(acc.mean().toFixed(6), acc.count, a.x.toFixed(6), a.y.toFixed(6));
