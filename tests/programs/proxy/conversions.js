// Conversions and tags through proxies: String(), template literals, `+`,
// Object.prototype.toString, Symbol.toPrimitive and valueOf traps.
const log = [];
const p = new Proxy({ valueOf() { return 41; }, toString() { return 'str'; } }, {
  get(t, k, r) { log.push(typeof k === 'symbol' ? k.toString() : k); return Reflect.get(t, k, r); },
});
console.log(`${p}`, p + 1, String(p), p * 2);
console.log(log);
console.log(Object.prototype.toString.call(new Proxy([], {})));
console.log(Object.prototype.toString.call(new Proxy(function () {}, {})));
console.log(Object.prototype.toString.call(new Proxy({}, {})));
const tagged = new Proxy({}, { get: (t, k) => (k === Symbol.toStringTag ? 'Custom' : undefined) });
console.log(Object.prototype.toString.call(tagged));
const prim = new Proxy({}, { get: (t, k) => (k === Symbol.toPrimitive ? (hint) => `hint:${hint}` : undefined) });
console.log(`${prim}`, prim + '', +new Proxy({ valueOf: () => 7 }, {}));
