// Map and Set: SameValueZero keys, insertion order, live iteration in for-of, spread, destructuring, printing.
const m = new Map([["a", 1], ["b", { x: 1 }]]);
m.set(NaN, "nan").set(-0, "zero").set("a", 10);
console.log(m.size, m.get("a"), m.get(NaN), m.get(0), m.has(+0), m.has("c"), m.delete("b"), m.size);
console.log(m);
for (const [k, v] of m) console.log(k, v);
console.log([...m.keys()], [...m.values()], Array.from(m.entries()));
const s = new Set([3, 1, 3, "x", 1]);
s.add(2).add(3);
console.log(s, s.size, s.has(1), [...s]);
s.forEach((v, k, set) => console.log(v, k, set === s));
const it = m.entries();
console.log(it.next(), it);
const dedup = [...new Set("mississippi")].join("");
console.log(dedup, new Set([1, 2]).size);
const counts = new Map();
for (const w of "the cat and the hat and the bat".split(" ")) counts.set(w, (counts.get(w) || 0) + 1);
console.log(counts, Object.prototype.toString.call(counts));
const keyObj = {};
const wm = new Map([[keyObj, "obj"]]);
console.log(wm.get(keyObj), wm.get({}));
m.clear();
console.log(m, m.size);
class Registry extends Map { register(k) { return this.set(k, true); } }
const r = new Registry(); r.register("x");
console.log(r, r instanceof Map, r.size);
try { Map(); } catch (e) { console.log(e.message); }
try { new Set(5); } catch (e) { console.log(e.message); }
const live = new Set([1]);
for (const v of live) { if (v < 3) live.add(v + 1); }
console.log([...live]);
for (const k of new Map([[1, "one"], [2, "two"]]).keys()) console.log("key", k);
const [first, second] = new Set(["p", "q", "r"]);
console.log(first, second, [...new Map([[1, 2]])]);
const it2 = new Set([1, 2, 3]).values();
it2.next();
console.log([...it2], [...it2]);
console.log(new Map(), new Set(), [new Map([[{ a: 1 }, [1, 2]]])]);
