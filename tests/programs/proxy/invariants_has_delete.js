// The invariants of has and deleteProperty.
const t = (f) => {
  try { console.log('ok', f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
};
const frozen = Object.freeze({ a: 1 });
const sealedLoose = Object.preventExtensions({ b: 1 });
const loose = { c: 1 };
t(() => 'a' in new Proxy(frozen, { has: () => false }));
t(() => 'b' in new Proxy(sealedLoose, { has: () => false }));
t(() => 'c' in new Proxy(loose, { has: () => false }));
t(() => 'zz' in new Proxy(frozen, { has: () => false }));
t(() => delete new Proxy(frozen, { deleteProperty: () => true }).a);
t(() => delete new Proxy(sealedLoose, { deleteProperty: () => true }).b);
t(() => delete new Proxy(loose, { deleteProperty: () => true }).c);
t(() => delete new Proxy(frozen, { deleteProperty: () => true }).missing);
t(() => Reflect.deleteProperty(new Proxy(frozen, { deleteProperty: () => false }), 'a'));
