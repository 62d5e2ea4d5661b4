// Object spread invokes getters on the source and defines plain data properties on the target.
const log = [];
const src = {
  get a() { log.push("get a"); return 1; },
  b: 2,
  get c() { log.push("get c"); return this.b * 10; },
};
const copy = { ...src };
console.log(log.join(", "));
console.log(copy.a, copy.b, copy.c);
const d = Object.getOwnPropertyDescriptor(copy, "a");
console.log("value" in d, d.value, d.writable, d.enumerable, d.configurable);
// setters on the target are not triggered: spread defines
const target = { set a(v) { log.push("setter " + v); } };
log.length = 0;
const merged = { ...target, ...{ a: 5 } };
console.log(log.length, merged.a);
// Object.assign does call setters, unlike spread
const t2 = { set a(v) { log.push("assign setter " + v); } };
Object.assign(t2, { a: 7 });
console.log(log.join(", "));
// spread a frozen object gives a non-frozen copy
const frozen = Object.freeze({ k: 1 });
const thawed = { ...frozen };
thawed.k = 2;
console.log(frozen.k, thawed.k, Object.isFrozen(thawed));
// getter throwing inside spread
const bad = { ok: 1, get boom() { throw new Error("getter failed"); } };
try {
  const x = { ...bad };
  console.log("not reached", x);
} catch (e) {
  console.log(e.name, e.message);
}
// spread of a class instance copies own fields only
class P { constructor() { this.x = 1; this.y = 2; } sum() { return this.x + this.y; } }
const pc = { ...new P() };
console.log(Object.keys(pc).join(","), typeof pc.sum, pc instanceof P);
// spread inside nested literal and with computed keys
const k = "dyn";
const nest = { outer: { ...src, [k]: true }, after: 1 };
console.log(Object.keys(nest.outer).join(","), nest.outer.dyn);
// counter in getters runs once per spread
let hits = 0;
const g = { get h() { return ++hits; } };
const s1 = { ...g }, s2 = { ...g };
console.log(s1.h, s2.h, hits);
