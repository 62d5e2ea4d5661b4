// The invariants of get and set against non-configurable target properties.
const t = (f) => {
  try { console.log('ok', f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
};
const target = {};
Object.defineProperty(target, 'fixed', { value: 1, writable: false, configurable: false });
Object.defineProperty(target, 'wfixed', { value: 1, writable: true, configurable: false });
Object.defineProperty(target, 'setonly', { set(v) {}, configurable: false });
Object.defineProperty(target, 'getonly', { get() { return 1; }, configurable: false });
const lying = new Proxy(target, { get: () => 2, set: () => true });
t(() => lying.fixed);
t(() => lying.wfixed);
t(() => lying.setonly);
t(() => lying.getonly);
t(() => lying.other);
t(() => (lying.fixed = 5));
t(() => (lying.fixed = 1));
t(() => (lying.getonly = 5));
t(() => (lying.setonly = 5));
t(() => (lying.wfixed = 5));
// The same value (SameValue: NaN equals NaN, -0 differs from 0).
const nan = {};
Object.defineProperty(nan, 'n', { value: NaN });
Object.defineProperty(nan, 'z', { value: -0 });
t(() => new Proxy(nan, { get: () => NaN }).n);
t(() => new Proxy(nan, { get: () => 0 }).z);
t(() => Object.is(new Proxy(nan, { get: () => -0 }).z, -0));
