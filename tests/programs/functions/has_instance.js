// Function.prototype[Symbol.hasInstance] and how instanceof uses it.
const hi = Function.prototype[Symbol.hasInstance];
console.log(typeof hi, hi.name, hi.length);
const d = Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance);
console.log(d.writable, d.enumerable, d.configurable);
console.log(hi.call(Array, []), hi.call(Array, {}), hi.call({}, {}), hi.call(Object, 1));
class A {}
class B extends A {}
console.log(hi.call(A, new B()), hi.call(B, new A()));
const bound = A.bind(null);
console.log(new B() instanceof bound, hi.call(bound, new A()));
class Even {
  static [Symbol.hasInstance](n) {
    return n % 2 === 0;
  }
}
console.log(2 instanceof Even, 3 instanceof Even);
const weird = function () {};
weird.prototype = 1;
try {
  ({}) instanceof weird;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  hi.call(weird, {});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// Shadowing it on one constructor does not change others.
Object.defineProperty(A, Symbol.hasInstance, { value: () => true });
console.log(1 instanceof A, 1 instanceof B, [] instanceof Array);
