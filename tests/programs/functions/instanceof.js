// instanceof walks the prototype chain of the left side looking for F.prototype.
function A() {}
function B() {}
B.prototype = Object.create(A.prototype);
const a = new A(), b = new B();
console.log(a instanceof A, a instanceof B, b instanceof A, b instanceof B, b instanceof Object);
console.log([] instanceof Array, [] instanceof Object, {} instanceof Array, (function () {}) instanceof Function);
console.log(Object instanceof Function, Function instanceof Object, Function instanceof Function, Object instanceof Object);
// primitives are never instances
console.log(1 instanceof Number, "s" instanceof String, true instanceof Boolean, null instanceof Object, undefined instanceof Object);
console.log(new Number(1) instanceof Number, new String("s") instanceof Object);
// changing the prototype after construction
function C() {}
const c = new C();
console.log(c instanceof C);
C.prototype = {};
console.log(c instanceof C);
Object.setPrototypeOf(c, C.prototype);
console.log(c instanceof C);
// null-prototype objects
const n = Object.create(null);
console.log(n instanceof Object);
// right-hand side must be callable
try { console.log(a instanceof {}); } catch (e) { console.log(e.constructor.name, e.message); }
try { console.log(a instanceof 5); } catch (e) { console.log(e.constructor.name, e.message); }
try { const u = undefined; console.log(a instanceof u); } catch (e) { console.log(e.constructor.name, e.message); }
// function with non-object prototype
function D() {}
D.prototype = 3;
try { console.log(a instanceof D); } catch (e) { console.log(e.constructor.name, e.message); }
// arrows have no prototype
const arrow = () => {};
try { console.log(a instanceof arrow); } catch (e) { console.log(e.constructor.name, e.message); }
// bound functions use the target
const BoundA = A.bind(null);
console.log(a instanceof BoundA, b instanceof BoundA);
// classes and errors
class X {}
class Y extends X {}
console.log(new Y() instanceof X, new X() instanceof Y, Y instanceof Function);
const e = new TypeError("t");
console.log(e instanceof TypeError, e instanceof Error, e instanceof RangeError, e instanceof Object);
try { null.x; } catch (err) { console.log(err instanceof TypeError, err instanceof Error); }
try { undefinedVariable; } catch (err) { console.log(err instanceof ReferenceError, err.constructor.name); }
// Object.create based instanceof
const proto = A.prototype;
const viaCreate = Object.create(proto);
console.log(viaCreate instanceof A, A.prototype.isPrototypeOf(viaCreate));
// instanceof precedence
console.log(!a instanceof A, !(a instanceof A));
// walking a deep chain
let deep = new A();
for (let i = 0; i < 100; i++) deep = Object.create(deep);
console.log(deep instanceof A, deep instanceof B);
