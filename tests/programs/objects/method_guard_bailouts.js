// Inlined method calls whose callee is known from a prototype slot: every way
// the method can change under a call site (here and in loops) must be seen.
class Counter {
  constructor() { this.n = 0; }
  bump(k) { this.n += k; return this.n; }
  get2() { return this.n * 2; }
}

function loop(c, label, change) {
  const out = [];
  for (let i = 0; i < 8; i++) {
    if (i === 4) change(c);
    try {
      out.push(c.bump(1));
    } catch (e) {
      out.push(e.constructor.name);
    }
  }
  console.log(label, out.join(","));
}

const orig = Counter.prototype.bump;
const restore = () => {
  Counter.prototype.bump = orig;
};

loop(new Counter(), "assign", () => {
  Counter.prototype.bump = function (k) { return "assigned" + k; };
});
restore();
loop(new Counter(), "defineProperty", () => {
  Object.defineProperty(Counter.prototype, "bump", { value: function (k) { return "defined" + k; } });
});
restore();
loop(new Counter(), "defineProperty same attrs", () => {
  Object.defineProperty(Counter.prototype, "bump", {
    value: function (k) { return "same" + k; },
    writable: true, enumerable: false, configurable: true,
  });
});
restore();
loop(new Counter(), "delete", () => {
  delete Counter.prototype.bump;
});
restore();
loop(new Counter(), "own shadow", (c) => {
  c.bump = function (k) { return "own" + k; };
});
loop(new Counter(), "getter", () => {
  Object.defineProperty(Counter.prototype, "bump", {
    get() { return function (k) { return "got" + k; }; },
    configurable: true,
  });
});
Object.defineProperty(Counter.prototype, "bump", { value: orig, writable: true, configurable: true });
loop(new Counter(), "setPrototypeOf receiver", (c) => {
  Object.setPrototypeOf(c, { bump(k) { return "other proto" + k; } });
});
loop(new Counter(), "__proto__", (c) => {
  c.__proto__ = { bump(k) { return "dunder" + k; } };
});
loop(new Counter(), "Object.assign", () => {
  Object.assign(Counter.prototype, { bump(k) { return "assigned by Object.assign" + k; } });
});
restore();

// A middle prototype gains a shadowing method.
class Base {
  constructor() { this.v = 1; }
  twice() { return this.v * 2; }
}
class Mid extends Base {}
class Leaf extends Mid {}
const leaf = new Leaf();
const seen = [];
for (let i = 0; i < 6; i++) {
  if (i === 3) Mid.prototype.twice = function () { return "mid"; };
  seen.push(leaf.twice());
}
console.log("middle shadow", seen.join(","));
delete Mid.prototype.twice;
Object.setPrototypeOf(Mid.prototype, { twice() { return "new base"; } });
console.log("middle setPrototypeOf", leaf.twice());

// An object used as a receiver, then as a prototype whose method changes.
const proto = { val: 3, area() { return this.val * this.val; } };
const r1 = [];
for (let i = 0; i < 3; i++) r1.push(proto.area());
const child = Object.create(proto);
child.val = 5;
for (let i = 0; i < 6; i++) {
  if (i === 3) proto.area = function () { return "changed"; };
  r1.push(child.area());
}
console.log("became prototype", r1.join(","));

// The arguments replace the method after it was read: the old one runs.
const c2 = new Counter();
const r2 = [];
for (let i = 0; i < 4; i++) {
  r2.push(c2.get2((Counter.prototype.get2 = function () { return "late"; }, i)));
}
console.log("replaced by arguments", r2.join(","));

// A receiver whose shape changes in the arguments.
const c3 = new Counter();
console.log("shadowed by arguments", c3.bump((c3.bump = () => "own in args", 1)), c3.bump(1));

// Primitive receivers of a method copied to Number.prototype.
class Num {
  constructor(x) { this.x = x; }
  plus(k) { return (typeof this === "object" ? this.x : this) + k; }
}
Number.prototype.plus = Num.prototype.plus;
const r3 = [];
for (let i = 0; i < 3; i++) r3.push(new Num(i).plus(10), (i).plus(100));
console.log("primitive receivers", r3.join(","));

// A recursive call in the arguments re-enters the same site with another receiver.
class P { who(x) { return "P" + x; } }
class Q { who(x) { return "Q" + x; } }
function call(o, depth) {
  return o.who(depth > 0 ? call(depth % 2 ? new Q() : new P(), depth - 1) : "");
}
console.log("recursive site", call(new P(), 4));

// Freezing the prototype keeps its methods.
loop(new Counter(), "freeze", () => {
  Object.freeze(Counter.prototype);
});
Counter.prototype.bump = function () { return "not written"; };
console.log("frozen", new Counter().bump(2));
