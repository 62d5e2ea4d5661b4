// Counting loops whose bodies are statement regions (codegen/region.rs):
// the checks run at the start of an iteration, and once they pass the rest
// of the loop runs without any. Each case expects what the ordinary loop
// computes.

class Counter {
  constructor(n) { this.n = n; this.sum = 0; this.steps = 0; }
  add(v) { this.sum += v; this.steps++; }
  shrink() { this.n -= 1; }
}

// The counter in the body, bounds of every comparison kind, steps.
function sums(c, limit) {
  for (let i = 0; i < limit; i++) c.add(i);
  for (let i = limit; i > 0; i -= 2) c.add(i * 0.5);
  for (let i = 1; i <= 4; i += 1) { c.add(-i); c.add(i * i); }
  for (let i = 3; i >= 0; i--) c.add(Math.sqrt(i));
  return [c.sum, c.steps];
}
console.log(sums(new Counter(0), 10));
console.log(sums(new Counter(0), 7.5));

// A bound read from a property the body changes: read again each time.
const c = new Counter(10);
for (let i = 0; i < c.n; i++) {
  c.shrink();
  c.add(i);
}
console.log(c.n, c.sum, c.steps);

// A counter that starts as a string: the ordinary loop (`'0' + 1` is
// '01', then numbers).
const d = new Counter(0);
for (let i = '0'; i < 5; i++) d.add(1);
console.log(d.sum, d.steps);

// A property that is not a number at the start, then becomes one.
const e = new Counter(0);
e.sum = 'x';
let turns = 0;
for (let i = 0; i < 6; i++) {
  e.add(2);
  e.steps += 10;
  turns++;
}
console.log(e.sum, e.steps, turns);
const g = new Counter(0);
g.sum = null;
for (let i = 0; i < 4; i++) {
  g.add(3);
  g.steps *= 2;
}
console.log(g.sum, g.steps);

// NaN and infinite bounds, and a loop that never runs.
const h = new Counter(0);
for (let i = 0; i < NaN; i++) h.add(1);
for (let i = 0; i > 1; i++) h.add(1);
for (let i = 0; i < Infinity; i += 1e307) { h.add(i); h.add(1); }
console.log(h.sum, h.steps);

// The same loop on objects of different shapes, in turn.
function run(o, n) {
  for (let i = 0; i < n; i++) {
    o.add(i);
    o.n += 1;
  }
  return [o.sum, o.steps, o.n];
}
const plain = new Counter(0);
const extra = new Counter(0);
extra.tag = 'extra';
const literal = { sum: 0, steps: 0, n: 0, __proto__: Counter.prototype };
for (let round = 0; round < 3; round++) {
  console.log(run(plain, 5), run(extra, 4), run(literal, 3));
}

// A method replaced between runs of the loop.
const k = new Counter(0);
run(k, 3);
Counter.prototype.add = function (v) { this.sum -= v; this.steps += 2; };
console.log(run(k, 3));

// A compound condition on numbers, read again each iteration.
const q = new Counter(4);
for (let i = 0; i < 10 && q.n > 0; i++) {
  q.shrink();
  q.add(i);
}
console.log(q.n, q.sum, q.steps);
