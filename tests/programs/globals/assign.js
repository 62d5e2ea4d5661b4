// Object.assign: copies own enumerable properties, invokes getters and setters, returns the target.
const target = { a: 1 };
const r = Object.assign(target, { b: 2 }, { c: 3, a: "overwritten" });
console.log(r === target, Object.keys(target).join(","), target.a);
console.log(Object.keys(Object.assign({}, null, undefined, { x: 1 })).join(","));
console.log(Object.keys(Object.assign({}, "ab", 5, true)).join(","));
const fromStr = Object.assign({}, "xy");
console.log(fromStr[0], fromStr[1]);
// inherited and non-enumerable sources are skipped
const src = Object.create({ inherited: 1 });
src.own = 2;
Object.defineProperty(src, "hidden", { value: 3, enumerable: false });
console.log(Object.keys(Object.assign({}, src)).join(","));
// getters on source are invoked; result is a data property
const getterSrc = { get computed() { return "value from getter"; } };
const out = Object.assign({}, getterSrc);
const d = Object.getOwnPropertyDescriptor(out, "computed");
console.log(d.value, typeof d.get);
// setters on target are invoked
const log = [];
const withSetter = { set v(x) { log.push("setter got " + x); } };
Object.assign(withSetter, { v: 1 }, { v: 2 });
console.log(log.join(", "));
// target primitives are wrapped; null/undefined target throws
const wrapped = Object.assign(1, { a: 1 });
console.log(typeof wrapped, wrapped.a, wrapped + 1);
try { Object.assign(null, {}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.assign(undefined); } catch (e) { console.log(e.constructor.name, e.message); }
// writing to a frozen target throws (assign uses strict semantics)
const frozen = Object.freeze({ a: 1 });
try { Object.assign(frozen, { a: 2 }); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.assign(frozen, { b: 2 }); } catch (e) { console.log(e.constructor.name, e.message); }
// partial copy before the exception stays
const partial = Object.preventExtensions({ a: 0 });
try { Object.assign(partial, { a: 1, b: 2 }); } catch (e) { console.log(e.message, partial.a); }
// arrays as target and source
const arr = Object.assign([1, 2, 3], [4, 5]);
console.log(arr.join(","), arr.length);
const arrObj = Object.assign({}, ["p", "q"]);
console.log(Object.keys(arrObj).join(","), arrObj.length);
// shallow copy: nested objects are shared
const nested = { inner: { n: 1 } };
const copy = Object.assign({}, nested);
copy.inner.n = 2;
console.log(nested.inner.n);
// order: integer keys ascending then insertion order, per source
const ordered = Object.assign({}, { z: 1, 2: 1 }, { 1: 1, y: 1 });
console.log(Object.keys(ordered).join(","));
// merging defaults
function withDefaults(opts) { return Object.assign({ color: "red", size: 1, debug: false }, opts); }
const m = withDefaults({ size: 3, extra: true });
console.log(m.color, m.size, m.debug, m.extra, Object.keys(m).join(","));
// assign to a class instance
class Box { constructor() { this.w = 0; } area() { return this.w * this.h; } }
const box = Object.assign(new Box(), { w: 2, h: 5 });
console.log(box.area(), box instanceof Box);
// Object.assign.length and name
console.log(Object.assign.length, Object.assign.name);
