// About 210 million short-lived objects: without the garbage collector the
// run took ~22 GB; with it, about 14 MB.
// Benchmark: a Vec class with small methods called in a hot loop (method calls,
// field reads, short-lived object allocation).
class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
  sub(o) { return new Vec(this.x - o.x, this.y - o.y); }
  scale(k) { return new Vec(this.x * k, this.y * k); }
  dot(o) { return this.x * o.x + this.y * o.y; }
  length() { return Math.sqrt(this.dot(this)); }
  rotate90() { return new Vec(-this.y, this.x); }
}

// A small particle system: each step moves every particle by its velocity,
// pulls it towards the centre and damps it.
function simulate(count, steps) {
  const pos = [];
  const vel = [];
  for (let i = 0; i < count; i++) {
    pos.push(new Vec((i % 17) - 8, (i % 13) - 6));
    vel.push(new Vec(((i * 7) % 11) / 10 - 0.5, ((i * 5) % 9) / 10 - 0.4));
  }
  const centre = new Vec(0, 0);
  let check = 0;
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < count; i++) {
      const p = pos[i];
      const toCentre = centre.sub(p);
      const d = toCentre.length() + 1;
      const v = vel[i].scale(0.99).add(toCentre.scale(0.01 / d)).add(toCentre.rotate90().scale(0.001 / d));
      vel[i] = v;
      pos[i] = p.add(v);
      check += v.dot(p) * 1e-6;
    }
  }
  let sx = 0, sy = 0;
  for (let i = 0; i < count; i++) {
    sx += pos[i].x;
    sy += pos[i].y;
  }
  return { sx: sx, sy: sy, check: check };
}

const r = simulate(1000, 30000);
console.log(r.sx.toFixed(6), r.sy.toFixed(6), r.check.toFixed(6));
