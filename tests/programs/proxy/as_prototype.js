// A proxy on the prototype chain: reads, writes, `in` and method calls that
// miss the object reach the proxy's traps with the original receiver.
const log = [];
const proto = new Proxy({ greet() { return 'hi from ' + this.name; } }, {
  get(t, k, r) {
    log.push('get ' + String(k));
    if (k in t) return Reflect.get(t, k, r);
    return typeof k === 'string' ? k.toUpperCase() : undefined;
  },
  set(t, k, v, r) {
    log.push('set ' + String(k) + ' recv ' + (r === obj));
    return Reflect.set(t, k, v, r);
  },
  has(t, k) {
    log.push('has ' + String(k));
    return true;
  },
});
const obj = Object.create(proto);
obj.name = 'obj';
console.log(obj.name, obj.missing, obj.greet());
obj.later = 1;
console.log(Object.keys(obj), obj.later);
console.log('anything' in obj, 'name' in obj);
console.log(log);
// In a loop: inline caches must not remember anything found through the proxy.
let n = 0;
const counter = Object.create(new Proxy({}, { get: () => ++n }));
const seen = [];
for (let i = 0; i < 5; i++) seen.push(counter.tick);
console.log(seen);
class Base {}
Object.setPrototypeOf(Base.prototype, new Proxy({}, { get: (t, k) => (k === 'magic' ? 42 : undefined) }));
const b = new Base();
console.log(b.magic, b.constructor === Base);
