// The prototype property of functions: created lazily per function, constructor back-link, arrows have none.
function F() {}
console.log(typeof F.prototype, F.prototype.constructor === F, Object.keys(F.prototype).length);
const d = Object.getOwnPropertyDescriptor(F, "prototype");
console.log(d.writable, d.enumerable, d.configurable);
const dc = Object.getOwnPropertyDescriptor(F.prototype, "constructor");
console.log(dc.writable, dc.enumerable, dc.configurable);
console.log(Object.getPrototypeOf(F.prototype) === Object.prototype);
const arrow = () => {};
console.log(arrow.prototype, "prototype" in arrow, arrow.hasOwnProperty("prototype"));
const m = { method() {} };
console.log(m.method.prototype, m.method.hasOwnProperty("prototype"));
console.log(Math.max.prototype, typeof Function.prototype.prototype);
// each function gets a distinct prototype
function G() {}
console.log(F.prototype !== G.prototype);
// instances inherit from F.prototype at construction time
const a = new F();
F.prototype.hello = function () { return "hello"; };
console.log(a.hello(), Object.getPrototypeOf(a) === F.prototype, a.constructor === F);
F.prototype = { replaced: true };
const b = new F();
console.log(a.replaced, b.replaced, typeof b.hello, a instanceof F, b instanceof F, b.constructor === Object);
// non-object prototype: instances get Object.prototype
function H() {}
H.prototype = 5;
const h = new H();
console.log(Object.getPrototypeOf(h) === Object.prototype);
H.prototype = null;
console.log(Object.getPrototypeOf(new H()) === Object.prototype);
// prototype methods with this
function Counter(start) { this.n = start; }
Counter.prototype.inc = function () { this.n++; return this; };
Counter.prototype.get = function () { return this.n; };
const c = new Counter(5);
console.log(c.inc().inc().get(), c.hasOwnProperty("inc"), Object.keys(c).join(","));
// prototype chains between constructors (classic inheritance)
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
function Dog(name) { Animal.call(this, name); this.tricks = 0; }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () { return Animal.prototype.speak.call(this) + " (woof)"; };
const dog = new Dog("Rex");
console.log(dog.speak(), dog instanceof Dog, dog instanceof Animal, dog.constructor.name);
console.log(Object.keys(dog).join(","), Animal.prototype.isPrototypeOf(dog));
// prototype property on class and built-ins
class K {}
console.log(typeof K.prototype, Object.getOwnPropertyDescriptor(K, "prototype").writable);
console.log(Array.prototype.constructor === Array, Function.prototype.constructor === Function, typeof Object.prototype);
