// The ownKeys trap feeds Object.keys/values/entries/getOwnPropertyNames/
// getOwnPropertySymbols, Reflect.ownKeys, for-in, spread, assign and JSON.
const s = Symbol('s');
const target = { a: 1, b: 2, c: 3, [s]: 4 };
const p = new Proxy(target, {
  ownKeys(t) {
    return ['c', 'a', s, 'ghost'];
  },
});
console.log(Reflect.ownKeys(p));
console.log(Object.keys(p), Object.values(p), Object.entries(p));
console.log(Object.getOwnPropertyNames(p), Object.getOwnPropertySymbols(p));
for (const k in p) console.log('for-in', k);
console.log({ ...p }, Object.assign({}, p));
console.log(JSON.stringify(p));
// The trap may return any array-like of strings and symbols.
const q = new Proxy({}, { ownKeys: () => ({ length: 2, 0: 'x', 1: 'y' }) });
console.log(Reflect.ownKeys(q), Object.keys(q));
