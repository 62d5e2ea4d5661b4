// Property sites that see ordinary objects and proxies in turn: inline
// caches must never answer for a proxy from an ordinary object's shape.
function readX(o) { return o.x; }
function writeX(o, v) { o.x = v; }
function readI(o, i) { return o[i]; }
const plain = { x: 1 };
let reads = 0;
let writes = 0;
const p = new Proxy({ x: 1 }, {
  get(t, k) { reads++; return k === 'x' ? 'proxy-x' : t[k]; },
  set(t, k, v) { writes++; t[k] = v; return true; },
});
const out = [];
for (let i = 0; i < 6; i++) {
  const o = i % 2 ? p : plain;
  out.push(readX(o));
  writeX(o, i);
  out.push(readI(o, 'x'));
}
console.log(out, reads, writes);
// An empty-shaped object and an empty proxy at the same store site.
function add(o) { o.fresh = 1; return o; }
const sink = [];
const q = new Proxy({}, { set() { sink.push('trap'); return true; } });
for (let i = 0; i < 4; i++) {
  add(Object.create(null));
  add(q);
}
console.log(sink.length, Object.keys(q));
