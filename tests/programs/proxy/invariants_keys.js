// The invariants of ownKeys: element types, duplicates, non-configurable
// keys, non-extensible targets.
const t = (f) => {
  try { console.log('ok', f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
};
const keys = (target, result) => Reflect.ownKeys(new Proxy(target, { ownKeys: () => result }));
t(() => keys({}, 1));
t(() => keys({}, [1]));
t(() => keys({}, [{}]));
t(() => keys({}, ['a', 'a']));
t(() => keys({}, ['a', Symbol.iterator, 'b']));
t(() => keys(Object.freeze({ a: 1 }), []));
t(() => keys(Object.freeze({ a: 1 }), ['a']));
t(() => keys(Object.preventExtensions({ a: 1 }), ['a', 'b']));
t(() => keys(Object.preventExtensions({ a: 1 }), []));
t(() => keys(Object.preventExtensions({ a: 1 }), ['a']));
const nc = {};
Object.defineProperty(nc, 'fixed', { value: 1 });
t(() => keys(nc, ['other']));
t(() => keys(nc, ['other', 'fixed']));
