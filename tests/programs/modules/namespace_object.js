// Module namespace objects: data properties over live bindings, a null
// prototype, not extensible, and strict code's TypeErrors.
import * as ns from './_fail/names.mjs';
const attempt = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ':', e.message);
  }
};
console.log(ns);
console.log(Reflect.ownKeys(ns));
console.log(Object.getOwnPropertyDescriptor(ns, 'counter'));
console.log(Object.getOwnPropertyDescriptor(ns, Symbol.toStringTag));
console.log(Object.getOwnPropertyDescriptor(ns, 'absent'));
console.log(Object.getPrototypeOf(ns), Object.isExtensible(ns), Object.isSealed(ns), Object.isFrozen(ns));
console.log(Object.prototype.toString.call(ns), String(ns[Symbol.toStringTag]));
// Live values, through every way of reading them.
ns.bump();
console.log(ns.counter, Object.getOwnPropertyDescriptor(ns, 'counter').value, Object.entries(ns).find(([k]) => k === 'counter'));
console.log('this in a namespace call is the namespace:', ns.bump() === ns, ns.counter);
const keys = [];
for (const k in ns) keys.push(k);
console.log(keys.join(' '));
console.log(Object.keys(ns.self) === Object.keys(ns), ns.self === ns);
// Writes fail: strict code throws V8's messages.
attempt('assign', () => { ns.counter = 5; });
attempt('assign a new name', () => { ns.fresh = 1; });
attempt('delete an export', () => delete ns.counter);
attempt('delete an absent name', () => delete ns.absent);
attempt('delete the tag', () => delete ns[Symbol.toStringTag]);
attempt('define a new value', () => Object.defineProperty(ns, 'counter', { value: 99 }));
attempt('define the same value', () => Object.defineProperty(ns, 'counter', { value: 2 }) === ns);
attempt('define as accessor', () => Object.defineProperty(ns, 'counter', { get() {} }));
attempt('define non-writable', () => Object.defineProperty(ns, 'counter', { writable: false }));
attempt('define a new name', () => Object.defineProperty(ns, 'fresh', { value: 1 }));
attempt('freeze', () => Object.freeze(ns));
attempt('seal', () => Object.seal(ns) === ns);
attempt('prevent extensions', () => Object.preventExtensions(ns) === ns);
attempt('set prototype', () => Object.setPrototypeOf(ns, {}));
console.log('Reflect:', Reflect.set(ns, 'counter', 1), Reflect.deleteProperty(ns, 'counter'), Reflect.deleteProperty(ns, 'absent'),
  Reflect.defineProperty(ns, 'counter', { value: 2, writable: true, enumerable: true, configurable: false }),
  Reflect.defineProperty(ns, 'counter', { value: 3 }), Reflect.setPrototypeOf(ns, null), Reflect.setPrototypeOf(ns, {}));
console.log('has:', 'counter' in ns, 'absent' in ns, Symbol.toStringTag in ns, Object.prototype.hasOwnProperty.call(ns, 'later'));
console.log(ns.counter, ns['10'], ns['9'], ns.later);
