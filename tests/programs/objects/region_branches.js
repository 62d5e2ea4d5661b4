// Statement and loop regions (codegen/region.rs) with `if` statements and
// conditional expressions on numbers in method bodies.
class Body {
  constructor(x, v) { this.x = x; this.v = v; this.bounces = 0; this.top = 0; }
  // Bounce between 0 and 10.
  step(dt) {
    this.x += this.v * dt;
    if (this.x > 10) { this.x = 20 - this.x; this.v = -this.v; this.bounces++; }
    else if (this.x < 0) { this.x = -this.x; this.v = -this.v; this.bounces++; }
    this.top = this.x > this.top ? this.x : this.top;
  }
  clamp(lo, hi) {
    if (!(this.x >= lo && this.x <= hi)) this.x = this.x < lo ? lo : hi;
  }
}

function run(b, n) {
  for (let i = 0; i < n; i++) {
    b.step(0.5);
    b.clamp(1, 9);
  }
  return [b.x, b.v, b.bounces, b.top];
}
console.log(run(new Body(0, 3), 40));
console.log(run(new Body(5, -7.25), 25));
// NaN compares false everywhere: !(NaN >= lo && ...) is true.
console.log(run(new Body(NaN, 1), 3));

// A property stored only in a branch, then read: checked, not assumed.
class Maybe {
  constructor() { this.a = 'text'; this.b = 0; this.flag = 0; }
  go() {
    if (this.flag > 0) this.a = 1;
    this.a += 1;
    this.b += 1;
  }
}
const m = new Maybe();
for (let i = 0; i < 3; i++) m.go();
console.log(m.a, m.b);
const m2 = new Maybe();
m2.flag = 1;
for (let i = 0; i < 3; i++) m2.go();
console.log(m2.a, m2.b);

// Equality on numbers: -0 === 0, NaN !== NaN.
class Eq {
  constructor(p, q) { this.p = p; this.q = q; this.same = 0; this.diff = 0; }
  cmp() { if (this.p === this.q) this.same++; if (this.p != this.q) this.diff++; }
}
const e1 = new Eq(-0, 0), e2 = new Eq(NaN, NaN), e3 = new Eq(1, 2);
for (let i = 0; i < 2; i++) { e1.cmp(); e2.cmp(); e3.cmp(); }
console.log(e1.same, e1.diff, e2.same, e2.diff, e3.same, e3.diff);
