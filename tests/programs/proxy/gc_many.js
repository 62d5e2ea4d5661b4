// Many proxies, handlers and targets allocated and dropped while a few are
// kept: what the kept ones reach survives collections.
const kept = [];
for (let i = 0; i < 20000; i++) {
  const target = { i, data: new Array(4).fill(i) };
  const handler = { get: (t, k) => (k === 'double' ? t.i * 2 : t[k]) };
  const p = i % 2 ? new Proxy(target, handler) : new Proxy(function () { return i; }, {});
  if (i % 1000 < 2) kept.push(p);
  if (i % 1500 === 0) Proxy.revocable({}, {}).revoke();
}
console.log(kept.length);
console.log(kept.filter((p) => typeof p === 'function').map((f) => f()).slice(0, 5));
const r = Proxy.revocable({ v: 1 }, {});
kept.push(r.proxy);
for (let i = 0; i < 5000; i++) ({ junk: [i, i, i] });
console.log(r.proxy.v);
r.revoke();
try { r.proxy.v; } catch (e) { console.log(e.message); }
