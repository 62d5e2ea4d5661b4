// Object.getPrototypeOf, Object.setPrototypeOf, Object.create and isPrototypeOf.
console.log(Object.getPrototypeOf({}) === Object.prototype, Object.getPrototypeOf([]) === Array.prototype);
console.log(Object.getPrototypeOf(function () {}) === Function.prototype, Object.getPrototypeOf(Object.prototype));
console.log(Object.getPrototypeOf(Object.create(null)), Object.getPrototypeOf(Function.prototype) === Object.prototype);
// primitives are coerced
console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf("s") === String.prototype, Object.getPrototypeOf(true) === Boolean.prototype);
try { Object.getPrototypeOf(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.getPrototypeOf(undefined); } catch (e) { console.log(e.constructor.name, e.message); }
// setPrototypeOf returns the object
const a = { a: 1 };
const b = { b: 2 };
const ret = Object.setPrototypeOf(b, a);
console.log(ret === b, b.a, Object.getPrototypeOf(b) === a);
Object.setPrototypeOf(b, null);
console.log(b.a, Object.getPrototypeOf(b), typeof b.toString);
// invalid prototypes
try { Object.setPrototypeOf({}, 5); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.setPrototypeOf({}, undefined); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.setPrototypeOf(null, {}); } catch (e) { console.log(e.constructor.name, e.message); }
// primitives as the first argument are returned unchanged
console.log(Object.setPrototypeOf(5, {}), Object.setPrototypeOf("s", null));
// non-extensible objects
const ne = Object.preventExtensions({});
try { Object.setPrototypeOf(ne, a); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.setPrototypeOf(ne, Object.prototype) === ne);
// cycles
const c1 = {}, c2 = Object.create(c1);
try { Object.setPrototypeOf(c1, c2); } catch (e) { console.log(e.constructor.name, e.message); }
// isPrototypeOf
const base = {};
const mid = Object.create(base);
const leaf = Object.create(mid);
console.log(base.isPrototypeOf(leaf), mid.isPrototypeOf(leaf), leaf.isPrototypeOf(base), base.isPrototypeOf(base));
console.log(Object.prototype.isPrototypeOf(leaf), Object.prototype.isPrototypeOf(Object.create(null)));
console.log(Array.prototype.isPrototypeOf([]), Function.prototype.isPrototypeOf(class {}), Object.prototype.isPrototypeOf.call(base, 5));
// changing a prototype changes method resolution for existing objects
const dog = { speak() { return "woof"; } };
const cat = { speak() { return "meow"; } };
const pet = Object.create(dog);
console.log(pet.speak());
Object.setPrototypeOf(pet, cat);
console.log(pet.speak());
// class instance prototypes
class K { m() { return "K.m"; } }
class L extends K { m() { return "L.m"; } }
const inst = new L();
console.log(Object.getPrototypeOf(inst) === L.prototype, Object.getPrototypeOf(Object.getPrototypeOf(inst)) === K.prototype);
Object.setPrototypeOf(inst, K.prototype);
console.log(inst.m(), inst instanceof L, inst instanceof K);
// prototype of constructors
console.log(Object.getPrototypeOf(L) === K, Object.getPrototypeOf(K) === Function.prototype);
