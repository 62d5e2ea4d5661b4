// The invariants of getOwnPropertyDescriptor.
const t = (f) => {
  try { console.log('ok', f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
};
const gopd = (target, result, key) =>
  Object.getOwnPropertyDescriptor(new Proxy(target, { getOwnPropertyDescriptor: () => result }), key);
const frozen = Object.freeze({ a: 1 });
const ne = Object.preventExtensions({ b: 1 });
const nw = {};
Object.defineProperty(nw, 'x', { value: 1, writable: true, configurable: false });
t(() => gopd({}, 1, 'x'));
t(() => gopd({}, null, 'x'));
t(() => gopd(frozen, undefined, 'a'));
t(() => gopd(ne, undefined, 'b'));
t(() => gopd({ c: 1 }, undefined, 'c'));
t(() => gopd(ne, { value: 1, configurable: true }, 'new'));
t(() => gopd({}, { value: 1, configurable: false }, 'new'));
t(() => gopd(frozen, { value: 2, writable: false, configurable: false, enumerable: true }, 'a'));
t(() => gopd(frozen, { value: 1, writable: false, configurable: false, enumerable: true }, 'a'));
t(() => gopd(nw, { value: 1, writable: false, configurable: false }, 'x'));
t(() => gopd({}, { value: 1, get() {} }, 'x'));
t(() => gopd({}, { get: 5 }, 'x'));
t(() => gopd({}, { value: 7 }, 'fresh'));
