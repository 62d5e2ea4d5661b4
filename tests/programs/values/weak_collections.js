// WeakMap and WeakSet: object keys only, no iteration, printed as Node does.
const cache = new WeakMap();
const k1 = {}, k2 = [];
cache.set(k1, "one").set(k2, "two");
console.log(cache.get(k1), cache.get(k2), cache.has({}), cache.delete(k1), cache.has(k1));
console.log(cache, Object.prototype.toString.call(cache));
try { cache.set("str", 1); } catch (e) { console.log(e.constructor.name, e.message); }
const seen = new WeakSet([k1]);
seen.add(k2);
console.log(seen.has(k1), seen.has(k2), seen.has({}), seen);
try { seen.add(5); } catch (e) { console.log(e.constructor.name, e.message); }
class Private { constructor(v) { store.set(this, v); } get value() { return store.get(this); } }
const store = new WeakMap();
console.log(new Private(42).value);
