// Object.freeze / seal / preventExtensions and isFrozen / isSealed / isExtensible on many kinds of values.
function levels(label, o) {
  console.log(label.padEnd(28), "extensible:", Object.isExtensible(o), "sealed:", Object.isSealed(o), "frozen:", Object.isFrozen(o));
}
levels("plain {}", {});
levels("frozen {}", Object.freeze({}));
levels("sealed {}", Object.seal({}));
levels("non-extensible {}", Object.preventExtensions({}));
levels("non-extensible {a}", Object.preventExtensions({ a: 1 }));
levels("sealed {a}", Object.seal({ a: 1 }));
levels("frozen {a}", Object.freeze({ a: 1 }));
levels("frozen []", Object.freeze([]));
levels("sealed [1]", Object.seal([1]));
levels("frozen function", Object.freeze(function () {}));
levels("primitive 1", 1);
levels("primitive 'str'", "str");
levels("undefined", undefined);
// manually made frozen: non-extensible + all props non-configurable + non-writable
const manual = { a: 1 };
Object.defineProperty(manual, "a", { writable: false, configurable: false });
levels("manual before preventExt", manual);
Object.preventExtensions(manual);
levels("manual after preventExt", manual);
// accessor properties: frozen only needs non-configurable
const acc = {};
Object.defineProperty(acc, "g", { get() { return 1; }, configurable: false });
Object.preventExtensions(acc);
levels("accessor non-configurable", acc);
// sealed but writable
const sealedWritable = Object.seal({ w: 1 });
sealedWritable.w = 2;
console.log(sealedWritable.w);
// freeze is shallow
const shallow = Object.freeze({ inner: { v: 1 }, list: [1] });
shallow.inner.v = 2;
shallow.list.push(2);
console.log(shallow.inner.v, shallow.list.length, Object.isFrozen(shallow.inner));
// deep freeze helper
function deepFreeze(o) {
  Object.getOwnPropertyNames(o).forEach(k => { const v = o[k]; if (v && typeof v === "object") deepFreeze(v); });
  return Object.freeze(o);
}
const deep = deepFreeze({ a: { b: { c: [1, 2] } } });
console.log(Object.isFrozen(deep.a.b), Object.isFrozen(deep.a.b.c));
// frozen class instances and prototypes
class P { constructor() { this.x = 1; Object.freeze(this); } }
const p = new P();
p.x = 2;
p.y = 3;
console.log(p.x, p.y, Object.isFrozen(p));
// descriptors after seal and freeze
const s = Object.seal({ k: 1 });
const f = Object.freeze({ k: 1 });
const sd = Object.getOwnPropertyDescriptor(s, "k"), fd = Object.getOwnPropertyDescriptor(f, "k");
console.log(sd.writable, sd.configurable, fd.writable, fd.configurable, sd.enumerable, fd.enumerable);
// freezing an array with holes and then checking length
const holes = Object.freeze([1, , 3]);
console.log(holes.length, Object.isFrozen(holes), 1 in holes);
