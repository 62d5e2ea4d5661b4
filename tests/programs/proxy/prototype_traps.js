// getPrototypeOf and setPrototypeOf traps: Object.getPrototypeOf,
// __proto__, instanceof, isPrototypeOf, Object.setPrototypeOf, Reflect.
class A {}
class B {}
const p = new Proxy({}, {
  getPrototypeOf(t) {
    console.log('getPrototypeOf');
    return A.prototype;
  },
  setPrototypeOf(t, proto) {
    console.log('setPrototypeOf', proto === B.prototype);
    return proto !== null;
  },
});
console.log(Object.getPrototypeOf(p) === A.prototype);
console.log(Reflect.getPrototypeOf(p) === A.prototype);
console.log(p instanceof A, p instanceof B);
console.log(A.prototype.isPrototypeOf(p));
console.log(p.__proto__ === A.prototype);
console.log(Object.setPrototypeOf(p, B.prototype) === p);
console.log(Reflect.setPrototypeOf(p, null));
try {
  Object.setPrototypeOf(p, null);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
// No traps: the target's prototype.
const q = new Proxy([], {});
console.log(Object.getPrototypeOf(q) === Array.prototype, q instanceof Array);
Object.setPrototypeOf(q, B.prototype);
console.log(q instanceof B);
