// The deleteProperty trap: `delete`, Reflect.deleteProperty, strict failures.
const target = { a: 1, b: 2, keep: 3 };
const p = new Proxy(target, {
  deleteProperty(t, k) {
    console.log('delete', String(k));
    if (k === 'keep') return false;
    return delete t[k];
  },
});
console.log(delete p.a, delete p['b'], delete p.keep, delete p.none);
console.log(target);
console.log(Reflect.deleteProperty(p, 'keep'));
try {
  (function () { 'use strict'; delete p.keep; })();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
const q = new Proxy({ x: 1 }, {});
console.log(delete q.x, 'x' in q);
