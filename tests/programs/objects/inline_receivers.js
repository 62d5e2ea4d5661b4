// Inlined method bodies treat `this` as an object and read unreassigned
// parameters as the arguments: receivers and arguments of every kind must
// still behave as in an ordinary call.

class P {
  constructor(x) { this.x = x; }
  get2(k) { return this.x * k + this.x; }
  swap(k) { k = k + 1; return this.x + k; }
  who() { return typeof this; }
  at(k) { return k.toFixed ? k.toFixed(1) : String(k); }
}

// A primitive receiver finding the same method through its prototype.
for (const proto of [Number.prototype, String.prototype]) {
  proto.who = P.prototype.who;
  proto.get2 = P.prototype.get2;
  proto.x = 3;
}
const recvs = [new P(2), 7, "ab", new P(3)];
for (const r of recvs) {
  console.log(r.who(), r.get2(2));
}

// A sloppy object-literal method: `this` of a primitive is its wrapper.
const sloppy = {
  kind() { return typeof this + ":" + (this === undefined); },
};
Boolean.prototype.kind = sloppy.kind;
console.log(sloppy.kind(), true.kind());

// Reassigned and unboxed parameters.
const p = new P(10);
let t = 0;
for (let i = 0; i < 5; i++) {
  t += p.swap(i) + p.get2(0.5);
}
console.log(t, p.at(0.25), p.at("s"), p.at(true));

// Prototype changes, reassigned methods and shadowing own properties at one site.
class Q { constructor(x) { this.x = x; } who() { return "Q"; } get2() { return -1; } }
const objs = [new P(1), new P(2)];
for (let i = 0; i < 6; i++) {
  const o = objs[i % 2];
  if (i === 2) Object.setPrototypeOf(objs[1], Q.prototype);
  if (i === 3) P.prototype.get2 = function (k) { return "replaced " + k; };
  if (i === 4) objs[0].get2 = () => "own";
  console.log(i, o.who(), o.get2(i));
}

// Const bindings holding objects (`new`, literals, functions) at access sites.
const c1 = new P(4);
const c2 = { x: 5, get2: P.prototype.get2 };
const c3 = [1, 2, 3];
const c4 = function () {};
c4.x = 6;
function readAll(flag) {
  if (flag) return c1.x + c2.x + c3.length + c4.x + c1.get2(1) + c2.get2(1);
  return c3.length * c4.x;
}
console.log(readAll(true), readAll(false));
try {
  readEarly();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
function readEarly() { return early.x; }
const early = new P(1);
console.log(readEarly());
