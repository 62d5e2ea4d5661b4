// Ergonomic brand checks: #x in obj.
class Point {
  #x;
  #m() {}
  get #g() { return 1; }
  static #s = 1;
  constructor(x) { this.#x = x; }
  static isPoint(o) { return #x in o; }
  static hasMethod(o) { return #m in o; }
  static hasGetter(o) { return #g in o; }
  static isClass(o) { return #s in o; }
}
const p = new Point(1);
console.log(Point.isPoint(p), Point.isPoint({}), Point.isPoint(Object.create(p)), Point.isPoint(Point));
console.log(Point.hasMethod(p), Point.hasGetter(p), Point.hasMethod({ m() {} }));
console.log(Point.isClass(Point), Point.isClass(p));
// non-objects on the right throw
try { Point.isPoint(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Point.isPoint(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { Point.isPoint("str"); } catch (e) { console.log(e.constructor.name, e.message); }
// subclass instances have the brand
class Point3 extends Point { constructor() { super(0); } }
console.log(Point.isPoint(new Point3()));
// constructor that throws before field initialization leaves no brand
let leaked;
class Partial {
  #late = (() => { leaked = this; throw new Error("init failed"); })();
  static has(o) { return #late in o; }
}
try { new Partial(); } catch (e) { console.log(e.message, Partial.has(leaked)); }
// using #x in for a safe equals
class Money {
  #cents;
  constructor(c) { this.#cents = c; }
  equals(o) { return #cents in o && o.#cents === this.#cents; }
}
console.log(new Money(5).equals(new Money(5)), new Money(5).equals({ cents: 5 }), new Money(5).equals(new Money(6)));
// return-override trick stamps a private field onto an arbitrary object
class Stamper { constructor(o) { return o; } }
class Stamp extends Stamper { #stamped = true; static has(o) { return #stamped in o; } }
const plain = {};
new Stamp(plain);
console.log(Stamp.has(plain), Stamp.has({}), Object.keys(plain).length);
