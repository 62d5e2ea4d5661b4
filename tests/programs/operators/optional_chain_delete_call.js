// `delete` through an optional chain, and `(a?.m)()` keeping `this`.
const o = { a: { x: 1, y: 2 } };
console.log(delete o?.a?.x, o.a);
const n = null;
console.log(delete n?.a, delete n?.a.b, delete o.missing?.z);
const q = { a: { b: { c: 1 } } };
console.log(delete q.a?.b.c, q.a.b, delete q?.['a'], q);
const m = { v: 3, self() { return this === m; }, get() { return this.v; } };
console.log((m?.self)(), (m.self)(), (m?.get)(), (m?.['get'])());
console.log((n?.get)?.());
try { (n?.get)(); } catch (e) { console.log(e.name, e.message); }
