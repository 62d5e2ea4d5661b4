// Object.defineProperties and Object.getOwnPropertyDescriptor(s).
const o = {};
const r = Object.defineProperties(o, {
  a: { value: 1, enumerable: true },
  b: { value: 2, writable: true },
  c: { get() { return this.a + this.b; }, enumerable: true, configurable: true },
  d: { set(v) { this._d = v; } },
});
console.log(r === o, Object.keys(o).join(","), o.a, o.b, o.c);
o.b = 10;
o.a = 100;
o.d = "set";
console.log(o.a, o.b, o.c, o._d);
function show(obj, key) {
  const d = Object.getOwnPropertyDescriptor(obj, key);
  if (d === undefined) return key + ": undefined";
  const parts = [];
  for (const k in d) parts.push(k + "=" + (typeof d[k] === "function" ? "fn" : d[k]));
  return key + ": {" + parts.join(", ") + "}";
}
console.log(show(o, "a"));
console.log(show(o, "b"));
console.log(show(o, "c"));
console.log(show(o, "d"));
console.log(show(o, "_d"));
console.log(show(o, "missing"));
console.log(show(Object.prototype, "toString"));
console.log(show([1, 2], "length"));
console.log(show([1, 2], "0"));
console.log(show("str", "length"), show("str", 0));
console.log(show(function f(a) {}, "length"), show(function f(a) {}, "name"));
console.log(show(Math, "PI"));
// getOwnPropertyDescriptors
const all = Object.getOwnPropertyDescriptors({ x: 1, get y() { return 2; } });
console.log(Object.keys(all).join(","), all.x.value, all.x.writable, typeof all.y.get, all.y.set);
const arrDescs = Object.getOwnPropertyDescriptors(["q"]);
console.log(Object.keys(arrDescs).join(","), arrDescs.length.value, arrDescs[0].value);
// copying accessors correctly with defineProperties + getOwnPropertyDescriptors
const source = { first: "Ada", last: "Lovelace", get full() { return this.first + " " + this.last; } };
const clone = Object.defineProperties({}, Object.getOwnPropertyDescriptors(source));
clone.first = "Grace";
console.log(clone.full, typeof Object.getOwnPropertyDescriptor(clone, "full").get);
// errors
try { Object.defineProperties({}, { bad: 5 }); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.defineProperties(null, {}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.defineProperties({}, null); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.defineProperties({}, { x: { get: 1 } }); } catch (e) { console.log(e.constructor.name, e.message); }
// atomicity: descriptors are validated before anything is defined
const atomic = {};
try { Object.defineProperties(atomic, { good: { value: 1 }, bad: { get: "nope" } }); } catch (e) { console.log(e.message, "good" in atomic); }
// defining on a non-extensible object
const ne = Object.preventExtensions({});
try { Object.defineProperties(ne, { x: { value: 1 } }); } catch (e) { console.log(e.constructor.name, e.message); }
// descriptor objects with inherited fields
const descProto = { enumerable: true };
const inheritedDesc = Object.create(descProto);
inheritedDesc.value = "inh";
const withInh = Object.defineProperty({}, "k", inheritedDesc);
console.log(Object.keys(withInh).join(","), withInh.k);
// getOwnPropertyDescriptor on primitives
try { Object.getOwnPropertyDescriptor(null, "x"); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.getOwnPropertyDescriptor(5, "x"));
