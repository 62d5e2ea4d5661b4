// WeakRef: construction, deref, what can be held weakly, errors, printing.
const target = { name: 'kept' };
const ref = new WeakRef(target);
console.log(ref.deref() === target, ref.deref().name);
console.log(ref, typeof ref, Object.prototype.toString.call(ref));
console.log(Object.getPrototypeOf(ref) === WeakRef.prototype, WeakRef.length, WeakRef.name);
console.log(Object.getOwnPropertyNames(WeakRef.prototype), WeakRef.prototype[Symbol.toStringTag]);

// Symbols that are not in the global registry can be held weakly (ES2023).
const sym = Symbol('local');
console.log(new WeakRef(sym).deref() === sym);
console.log(new WeakRef(Symbol.iterator).deref() === Symbol.iterator);
for (const bad of [1, 'str', null, undefined, true, 10n, Symbol.for('registered')]) {
  try {
    new WeakRef(bad);
    console.log('accepted', typeof bad);
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
try {
  WeakRef({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  WeakRef.prototype.deref.call({});
} catch (e) {
  console.log(e.constructor.name);
}

// Subclassing.
class Tracked extends WeakRef {
  constructor(t, label) {
    super(t);
    this.label = label;
  }
  get alive() {
    return this.deref() !== undefined;
  }
}
const tr = new Tracked(target, 'mine');
console.log(tr.label, tr.alive, tr instanceof WeakRef, tr.deref() === target);

// A cache keyed by id, holding values weakly.
const cache = new Map();
function lookup(id) {
  const hit = cache.get(id)?.deref();
  if (hit) return hit;
  const fresh = { id };
  cache.set(id, new WeakRef(fresh));
  return fresh;
}
const a = lookup(1);
console.log(lookup(1) === a, lookup(2).id);
