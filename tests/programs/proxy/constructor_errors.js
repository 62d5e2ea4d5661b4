// The Proxy constructor: requires new, object target and handler, has no
// prototype property, and its length and name.
const t = (f) => {
  try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
};
t(() => Proxy({}, {}));
t(() => new Proxy(1, {}));
t(() => new Proxy({}, null));
t(() => new Proxy('str', 'str'));
t(() => new Proxy());
console.log(Proxy.length, Proxy.name, Proxy.prototype, typeof Proxy);
console.log(Object.getOwnPropertyNames(Proxy).sort());
console.log(typeof Proxy.revocable, Proxy.revocable.length);
t(() => Proxy.revocable(1, {}));
console.log(new Proxy([], {}) instanceof Array);
