// isExtensible and preventExtensions traps; freeze, seal and their tests
// through a proxy.
const target = { a: 1 };
const p = new Proxy(target, {
  isExtensible(t) {
    console.log('isExtensible');
    return Reflect.isExtensible(t);
  },
  preventExtensions(t) {
    console.log('preventExtensions');
    return Reflect.preventExtensions(t);
  },
});
console.log(Object.isExtensible(p), Reflect.isExtensible(p));
console.log(Object.preventExtensions(p) === p, Object.isExtensible(target));
console.log(Reflect.preventExtensions(p));
const refuse = new Proxy({}, { preventExtensions: () => false });
console.log(Reflect.preventExtensions(refuse));
try {
  Object.preventExtensions(refuse);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
const f = new Proxy({ x: 1, y: { z: 2 } }, {});
Object.freeze(f);
console.log(Object.isFrozen(f), Object.isSealed(f), Object.isExtensible(f));
f.x = 9;
console.log(f.x);
const s = new Proxy({ x: 1 }, {});
Object.seal(s);
console.log(Object.isSealed(s), Object.isFrozen(s));
s.x = 2;
console.log(s.x, delete s.x);
