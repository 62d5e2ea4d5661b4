// Bound functions used as constructors: bound this is ignored, bound args are prepended.
function Point(x, y) { this.x = x; this.y = y; this.thisWasBound = this.marker === "bound"; }
const BoundPoint = Point.bind({ marker: "bound" }, 1);
const p = new BoundPoint(2);
console.log(p.x, p.y, p.thisWasBound, p instanceof Point, p instanceof BoundPoint);
console.log(Object.getPrototypeOf(p) === Point.prototype, p.constructor === Point);
console.log(BoundPoint.name, BoundPoint.length);
// calling it without new uses the bound this
const target = { marker: "bound" };
const Fill = Point.bind(target, "a", "b");
Fill();
console.log(target.x, target.y, target.thisWasBound);
// new.target inside is the original function
function Probe() { this.nt = new.target === Probe; }
const BP = Probe.bind(null);
console.log(new BP().nt);
// bound classes
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  sum() { return this.x + this.y; }
}
const BoundVec = Vec.bind(null, 10);
const v = new BoundVec(5);
console.log(v.sum(), v instanceof Vec, v instanceof BoundVec, BoundVec.name, BoundVec.length);
try { BoundVec(1); } catch (e) { console.log(e.constructor.name, e.message); }
// subclass of a class, bound
class Vec3 extends Vec { constructor(x, y, z) { super(x, y); this.z = z; } sum() { return super.sum() + this.z; } }
const Flat = Vec3.bind(null, 1, 2);
console.log(new Flat(3).sum(), new Flat(4) instanceof Vec);
// bound arrow cannot be constructed
const arrow = () => {};
const boundArrow = arrow.bind(null);
try { new boundArrow(); } catch (e) { console.log(e.constructor.name, e.message); }
// bound method shorthand cannot be constructed
const obj = { m() {} };
const bm = obj.m.bind(obj);
try { new bm(); } catch (e) { console.log(e.constructor.name, e.message); }
// double bound constructor accumulates arguments
function Three(a, b, c) { this.args = a + b + c; }
const B1 = Three.bind(null, "a");
const B2 = B1.bind(null, "b");
console.log(new B2("c").args, B2.name, B2.length);
// constructor returning an object through a bound function
function Factory(v) { return { made: v }; }
const BF = Factory.bind(null, "via bound");
console.log(new BF().made);
// instanceof with bound function on the right uses the target's prototype
const plain = new Point(0, 0);
console.log(plain instanceof BoundPoint, {} instanceof BoundPoint);
// bound Array/Error constructors
const BoundArray = Array.bind(null, 1, 2);
const arr = new BoundArray(3);
console.log(Array.isArray(arr), arr.length, arr.join(""));
const BoundErr = Error.bind(null, "bound message");
const err = new BoundErr();
console.log(err.message, err instanceof Error);
