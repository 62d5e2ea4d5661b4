// The get trap: its arguments (target, key, receiver), keys of every kind,
// and a trap that falls back to Reflect.get.
const target = { a: 1, [Symbol.for('s')]: 'sym' };
const seen = [];
const p = new Proxy(target, {
  get(t, k, r) {
    seen.push([t === target, typeof k, String(k), r === p]);
    return k in t ? Reflect.get(t, k, r) : `no ${String(k)}`;
  },
});
console.log(p.a, p.missing, p[0], p[Symbol.for('s')], p['x y']);
const k = 'dyn';
console.log(p[k], p[1.5], p[-1]);
console.log(seen);
// A handler without get forwards to the target.
const q = new Proxy({ v: 42 }, {});
console.log(q.v, q.nope);
// A getter on the target sees the proxy as `this` when forwarded with the receiver.
const withGetter = { get who() { return this === pg ? 'proxy' : 'target'; } };
const pg = new Proxy(withGetter, {});
console.log(pg.who);
const pg2 = new Proxy(withGetter, { get(t, k) { return t[k]; } });
console.log(pg2.who);
