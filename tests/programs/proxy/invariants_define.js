// The invariants of defineProperty.
const t = (f) => {
  try { console.log('ok', f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
};
const yes = { defineProperty: () => true };
const ne = Object.preventExtensions({ a: 1 });
t(() => Reflect.defineProperty(new Proxy(ne, yes), 'x', { value: 1 }));
t(() => Reflect.defineProperty(new Proxy(ne, yes), 'a', { value: 1 }));
t(() => Reflect.defineProperty(new Proxy({}, yes), 'x', { value: 1, configurable: false }));
t(() => Reflect.defineProperty(new Proxy({ x: 1 }, yes), 'x', { value: 1, configurable: false }));
const nc = {};
Object.defineProperty(nc, 'w', { value: 1, writable: true, configurable: false });
Object.defineProperty(nc, 'r', { value: 1, writable: false, configurable: false });
t(() => Reflect.defineProperty(new Proxy(nc, yes), 'w', { writable: false, configurable: false }));
t(() => Reflect.defineProperty(new Proxy(nc, yes), 'r', { value: 2 }));
t(() => Reflect.defineProperty(new Proxy(nc, yes), 'r', { value: 1 }));
t(() => Reflect.defineProperty(new Proxy(nc, yes), 'w', { value: 5 }));
t(() => Reflect.defineProperty(new Proxy(nc, yes), 'r', { enumerable: true }));
t(() => Reflect.defineProperty(new Proxy(nc, yes), 'r', { get() {} }));
