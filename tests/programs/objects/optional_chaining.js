// Optional chaining: ?. on properties, computed keys and calls; the whole chain short-circuits.
const o = { a: { b: { c: 1 } }, f() { return this.a.b.c; }, arr: [1, 2], n: null };
console.log(o?.a?.b?.c, o.x?.y.z, o.n?.q, o.a?.["b"].c, o.arr?.[1], o.nope?.[0]);
console.log(o.f?.(), o.g?.(), o?.f(), o.a.b?.c);
let calls = 0;
const side = () => { calls++; return "k"; };
console.log(o.n?.[side()], calls);
const fn = null;
console.log(fn?.(1), typeof fn?.x);
function get(x) { return x?.length; }
console.log(get("abc"), get(undefined), get([1, 2, 3]));
try { o.n?.q.r; console.log("ok chain"); } catch (e) { console.log(e.message); }
try { (o.n?.q).r; } catch (e) { console.log(e.constructor.name, e.message); }
try { o.a.nope(); } catch (e) { console.log(e.message); }
try { o.a?.nope(); } catch (e) { console.log(e.message); }
console.log(o.arr.map?.((x) => x * 2).join(","));
