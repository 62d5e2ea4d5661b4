// Constructible proxies and the construct trap: new, new.target,
// Reflect.construct, classes, and non-constructor targets.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  norm() { return Math.hypot(this.x, this.y); }
}
const P = new Proxy(Point, {
  construct(t, args, nt) {
    console.log('construct', args, nt === P);
    return new t(...args.map((a) => a * 2));
  },
});
const pt = new P(3, 4);
console.log(pt, pt.norm(), pt instanceof Point);
console.log(Reflect.construct(P, [1, 1]));
// Without a trap, new.target is the proxy: its prototype comes through get.
function F() { this.nt = new.target === Q; }
const Q = new Proxy(F, {});
const q = new Q();
console.log(q.nt, Object.getPrototypeOf(q) === F.prototype);
class Sub extends Q {}
console.log(new Sub() instanceof F);
// Arrow functions are not constructors, nor their proxies.
try {
  new (new Proxy(() => 1, {}))();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
try {
  new Proxy(Point, {})(1, 2);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
