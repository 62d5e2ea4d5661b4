// Traps that are not functions, traps that throw, handlers that are
// proxies themselves, and traps removed from the handler later.
const t = (f) => {
  try { console.log('ok', f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
};
t(() => new Proxy({}, { get: 1 }).x);
t(() => new Proxy({}, { get: 'str' }).x);
t(() => new Proxy({}, { get: null }).x);
t(() => new Proxy({ x: 'fwd' }, { get: undefined }).x);
t(() => Object.keys(new Proxy({}, { ownKeys: {} })));
t(() => new Proxy({}, { get() { throw new RangeError('from trap'); } }).x);
t(() => { new Proxy({}, { set() { throw new Error('set trap'); } }).x = 1; });
// The handler is read on every operation: traps may come and go.
const handler = {};
const p = new Proxy({ v: 1 }, handler);
console.log(p.v);
handler.get = () => 'trapped';
console.log(p.v);
delete handler.get;
console.log(p.v);
// A handler that is itself a proxy logs which traps are looked up.
const meta = new Proxy({}, { get(t, k) { console.log('lookup', k); return undefined; } });
const q = new Proxy({ a: 1 }, meta);
q.a;
q.b = 2;
'a' in q;
delete q.a;
Object.keys(q);
