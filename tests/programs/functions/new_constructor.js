// new with constructor functions: this binding, return-override rules, prototypes, errors.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
const p = new Point(1, 2);
console.log(p.x, p.y, p instanceof Point, Object.keys(p).join(","));
const p2 = new Point;
console.log(p2.x, p2.y, "x" in p2);
// returning an object overrides the new instance
function ReturnsObject() { this.ignored = true; return { replaced: true }; }
const r = new ReturnsObject();
console.log(r.replaced, r.ignored, r instanceof ReturnsObject);
function ReturnsArray() { return [1, 2]; }
console.log(Array.isArray(new ReturnsArray()), new ReturnsArray().length);
function ReturnsFunction() { return function inner() {}; }
console.log(typeof new ReturnsFunction(), new ReturnsFunction().name);
// returning a primitive is ignored
function ReturnsPrimitive() { this.kept = "yes"; return 42; }
console.log(new ReturnsPrimitive().kept, ReturnsPrimitive());
function ReturnsNull() { this.kept = "null ignored"; return null; }
console.log(new ReturnsNull().kept);
function ReturnsString() { this.kept = "string ignored"; return "str"; }
console.log(new ReturnsString().kept);
function ReturnsUndefined() { this.kept = "undefined ignored"; return; }
console.log(new ReturnsUndefined().kept);
// conditional return
function Maybe(flag) { this.own = 1; if (flag) return { other: 2 }; }
console.log(JSONish(new Maybe(false)), JSONish(new Maybe(true)));
function JSONish(o) { return Object.keys(o).map(k => k + ":" + o[k]).join(","); }
// constructor with methods assigned in the body
function Account(balance) {
  this.balance = balance;
  this.deposit = function (n) { this.balance += n; return this; };
}
const acc = new Account(10).deposit(5).deposit(7);
console.log(acc.balance, new Account(0).deposit !== acc.deposit);
// new with member expressions and call precedence
const ns = { Point: Point, make() { return Point; } };
const q = new ns.Point(3, 4);
console.log(q.x + q.y, q instanceof Point);
const q2 = new (ns.make())(5, 6);
console.log(q2.x, q2.y);
// new on non-constructors throws TypeError
const arrow = () => {};
const obj = { method() {} };
try { new arrow(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new obj.method(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Math.max(); } catch (e) { console.log(e.constructor.name, e.message); }
try { const notFn = 5; new notFn(); } catch (e) { console.log(e.constructor.name, e.message); }
try { const b = Point.bind(null); console.log("bound ok", new b(1, 2).x); } catch (e) { console.log(e.message); }
// constructors that throw leave nothing behind
function Fails() { this.partial = true; throw new Error("constructor failed"); }
let made;
try { made = new Fails(); } catch (e) { console.log(e.message, made); }
// this inside a constructor is a fresh object each time
const seen = [];
function Track() { seen.push(this); }
new Track(); new Track();
console.log(seen.length, seen[0] !== seen[1], seen[0] instanceof Track);
// built-in constructors
console.log(typeof new Object(), typeof new Array(2), new Error("e").message, typeof new String("s"), typeof new Number(1));
