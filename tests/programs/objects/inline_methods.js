// Method calls the compiler inlines (one small method of that name in the
// program), under everything that must still behave as written: methods
// reassigned on the prototype or on the instance mid-loop, getters replacing
// them, other functions at the same site, primitive receivers, `this`
// rules, missing and extra arguments, early returns and nested inlining.
class Counter {
  constructor() { this.n = 0; this.total = 0; }
  bump(k) { this.n++; this.total += k; }
  twice(k) { this.bump(k); this.bump(k); return this.n; }
  pick(a, b) { if (a > b) return a; return b; }
  describe() { return `Counter(${this.n}, ${this.total})`; }
}
const c = new Counter();
for (let i = 0; i < 10; i++) {
  c.bump(i);
  if (i === 4) Counter.prototype.bump = function (k) { this.n += 100; this.total -= k; };
}
console.log(c.describe());

// Reassigned on the instance only: the own property wins at the same site.
const d = new Counter();
for (let i = 0; i < 6; i++) {
  if (i === 3) d.twice = function () { return "own " + this.n; };
  console.log(d.twice(1));
}

// A getter installed over the method: the site calls whatever it returns.
class Greeter {
  hello(name) { return "hello " + name; }
}
const g = new Greeter();
const out = [];
for (let i = 0; i < 4; i++) {
  if (i === 2) {
    Object.defineProperty(Greeter.prototype, "hello", {
      get() { return (name) => "got " + name + " from " + (this === g); },
      configurable: true,
    });
  }
  out.push(g.hello("x" + i));
}
console.log(out.join(" | "));

// One site, many receivers: class instances, plain objects borrowing the
// method, objects with another function of the same name, a bound copy.
const borrowed = { n: 7, total: 1, describe: Counter.prototype.describe };
const other = { describe() { return "other"; } };
const bound = { describe: Counter.prototype.describe.bind({ n: 1, total: 2 }) };
const recvs = [c, borrowed, other, bound, d, borrowed];
console.log(recvs.map((r) => r.describe()).join(" "));

// Missing arguments are undefined, extra ones are evaluated and ignored.
let evaluated = 0;
const p = new Counter();
console.log(p.pick(3), p.pick(1, 2), p.pick(5, 4, evaluated++), evaluated);

// Primitive receivers and sloppy `this`.
Number.prototype.half = function () { return this / 2; };
const lit = {
  self() { return typeof this; },
};
String.prototype.self = lit.self;
console.log((8).half(), "s".self(), lit.self());

// The result of an inlined call used in arithmetic and as an argument.
class V {
  constructor(x) { this.x = x; }
  get2() { return this.x * 2; }
  plus(o) { return new V(this.x + o.get2()); }
}
let v = new V(1);
for (let i = 0; i < 5; i++) v = v.plus(v);
console.log(v.x, v.get2() + 1);

// Fields that stop being numbers.
class Acc {
  constructor() { this.t = 0; }
  add(v) { this.t += v; return this; }
}
const acc = new Acc();
acc.add(1).add(2).add("3").add(4);
console.log(acc.t);
