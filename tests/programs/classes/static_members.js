// Static methods, static fields, static inheritance, this in static methods.
class MathUtil {
  static PI2 = Math.PI * 2;
  static count = 0;
  static square(x) { MathUtil.count++; return x * x; }
  static cube(x) { this.count++; return x * this.square(x); }
}
console.log(MathUtil.square(3), MathUtil.cube(2), MathUtil.count, MathUtil.PI2.toFixed(4));
console.log(typeof new MathUtil().square, "square" in MathUtil.prototype);
const sd = Object.getOwnPropertyDescriptor(MathUtil, "square");
console.log(sd.writable, sd.enumerable, sd.configurable);
const fd = Object.getOwnPropertyDescriptor(MathUtil, "count");
console.log(fd.writable, fd.enumerable, fd.configurable);
console.log(Object.keys(MathUtil).join(","), Object.getOwnPropertyNames(MathUtil).sort().join(","));
// static inheritance: subclasses see parent statics through the prototype chain of constructors
class Animal {
  static registry = [];
  static create(name) { const a = new this(name); Animal.registry.push(a); return a; }
  static describe() { return "I am " + this.name; }
  constructor(name) { this.name = name; }
}
class Dog extends Animal {
  static describe() { return super.describe() + " (a dog class)"; }
}
const d = Dog.create("rex");
console.log(d instanceof Dog, d.name, Animal.registry.length, Dog.describe(), Animal.describe());
console.log(Object.getPrototypeOf(Dog) === Animal, Dog.registry === Animal.registry, Dog.hasOwnProperty("registry"));
// static fields are own per class; assigning on subclass creates own property
class Counter { static n = 0; static inc() { return ++this.n; } }
class SubCounter extends Counter {}
console.log(Counter.inc(), Counter.inc(), SubCounter.inc(), Counter.n, SubCounter.n, SubCounter.hasOwnProperty("n"));
// static this refers to the class, including in field initializers
class SelfRef {
  static me = this;
  static nameCopy = this.name;
  static twice = SelfRef.base * 2;
  static get base() { return 21; }
}
console.log(SelfRef.me === SelfRef, SelfRef.nameCopy, SelfRef.twice);
// static members named like built-in function props
class Odd {
  static length = 99;
  static describe() { return "len " + this.length; }
}
console.log(Odd.length, Odd.describe());
// calling a static method on an instance fails
try { d.describe(); } catch (e) { console.log(e.constructor.name, e.message); }
// static method detached
const createFn = Animal.create;
try { createFn("x"); } catch (e) { console.log(e.constructor.name, e.message); }
// static async-free factory returning cached instances
class Color {
  static cache = {};
  static of(name) { return this.cache[name] || (this.cache[name] = new Color(name)); }
  constructor(name) { this.name = name; }
}
console.log(Color.of("red") === Color.of("red"), Color.of("blue").name, Object.keys(Color.cache).join(","));
