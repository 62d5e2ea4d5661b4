// `v instanceof F` remembers constructors that inherit the built-in
// Function.prototype[Symbol.hasInstance] (their `prototype` slot, their
// shape, the prototype epoch). Every change that must be seen after a
// constructor was remembered: `prototype` reassigned, an own or inherited
// @@hasInstance added, the constructor's prototype chain changed, bound
// functions, proxies, non-object prototypes, primitives, collections.
function check(label, v, F) {
  let r;
  for (let i = 0; i < 3; i++) r = v instanceof F;
  console.log(label, r);
}
function churn() {
  let keep = null;
  for (let i = 0; i < 20000; i++) keep = { i, next: keep, pad: [i, i] };
  return keep.i > 0;
}

class A {}
class B extends A {}
const a = new A();
const b = new B();
check('a A', a, A);
check('b A', b, A);
check('a B', a, B);
check('primitive', 1, A);
check('null', null, A);

// A plain function's prototype is writable: reassigned after remembering.
function F() {}
const f1 = new F();
check('f1 F', f1, F);
F.prototype = {};
check('f1 F after reassign', f1, F);
check('new F', new F(), F);
F.prototype = 5;
try {
  f1 instanceof F;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
check('primitive with bad prototype', 1, F);
F.prototype = Object.prototype;
check('f1 F object prototype', f1, F);

// An own static @@hasInstance added to a remembered class.
class C {}
check('c C', new C(), C);
Object.defineProperty(C, Symbol.hasInstance, { value: (v) => v === 42 });
check('42 C', 42, C);
check('c C after hasInstance', new C(), C);

// An inherited @@hasInstance added to a parent class.
class P {}
class Q extends P {}
check('q Q', new Q(), Q);
Object.defineProperty(P, Symbol.hasInstance, { value: () => true, configurable: true });
check('anything Q', {}, Q);
delete P[Symbol.hasInstance];
check('{} Q after delete', {}, Q);
check('q Q after delete', new Q(), Q);

// A getter for @@hasInstance on the constructor's prototype chain.
class G {}
check('g G', new G(), G);
const mid = Object.create(Function.prototype);
let calls = 0;
Object.defineProperty(mid, Symbol.hasInstance, { get() { calls++; return () => calls % 2 === 1; } });
Object.setPrototypeOf(G, mid);
check('g G via getter', new G(), G);
console.log('getter calls', calls);
Object.setPrototypeOf(G, Function.prototype);
check('g G restored', new G(), G);

// Function.prototype[Symbol.hasInstance] is immutable.
const orig = Function.prototype[Symbol.hasInstance];
Function.prototype[Symbol.hasInstance] = () => true;
console.log('immutable', Function.prototype[Symbol.hasInstance] === orig);
try {
  Object.defineProperty(Function.prototype, Symbol.hasInstance, { value: () => true });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
check('{} A still false', {}, A);

// Bound functions, proxies, non-callables.
const BA = A.bind(null);
check('a BA', a, BA);
check('b BA', b, BA);
const PA = new Proxy(A, {});
check('a PA', a, PA);
function H() {}
const PB = new Proxy(H, { get(t, k) { return k === 'prototype' ? A.prototype : t[k]; } });
check('a PB', a, PB);
for (const rhs of [{}, 3, undefined]) {
  try {
    a instanceof rhs;
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}

// Proxies on the left-hand side's chain.
const pv = new Proxy(b, {});
check('proxy B', pv, B);
const trapped = new Proxy({}, { getPrototypeOf() { console.log('trap'); return A.prototype; } });
check('trapped A', trapped, A);

// Built-in constructors, and a remembered constructor after collections.
check('[] Array', [], Array);
check('map Map', new Map(), Map);
check('set Map', new Set(), Map);
churn();
check('b A after gc', b, A);
class D extends B {}
check('new D B', new D(), B);
churn();
check('new D A after gc', new D(), A);
