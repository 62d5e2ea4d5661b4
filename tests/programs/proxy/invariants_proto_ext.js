// The invariants of getPrototypeOf, setPrototypeOf, isExtensible and
// preventExtensions.
const t = (f) => {
  try { console.log('ok', f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
};
const ne = Object.preventExtensions({});
t(() => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => 1 })));
t(() => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => null })));
t(() => Object.getPrototypeOf(new Proxy(ne, { getPrototypeOf: () => Array.prototype })));
t(() => Object.getPrototypeOf(new Proxy(ne, { getPrototypeOf: () => Object.prototype })) === Object.prototype);
t(() => Reflect.setPrototypeOf(new Proxy(ne, { setPrototypeOf: () => true }), null));
t(() => Reflect.setPrototypeOf(new Proxy(ne, { setPrototypeOf: () => true }), Object.prototype));
t(() => Object.isExtensible(new Proxy({}, { isExtensible: () => false })));
t(() => Object.isExtensible(new Proxy(ne, { isExtensible: () => true })));
t(() => Object.isExtensible(new Proxy(ne, { isExtensible: () => 0 })));
t(() => Reflect.preventExtensions(new Proxy({}, { preventExtensions: () => true })));
t(() => Reflect.preventExtensions(new Proxy(ne, { preventExtensions: () => 1 })));
t(() => Object.isFrozen(new Proxy({}, { isExtensible: () => false })));
