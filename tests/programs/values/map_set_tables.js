// Map and Set tables: growth, shrinking and compaction under every kind of
// observer (iterators, forEach, spread), key identity (SameValueZero) across
// representations, and reuse after clear.

// Key identity: -0 and +0, NaN from different computations, strings built
// in different ways (literals, concatenation, ropes, substrings, String()),
// BigInts by value, objects and symbols by reference.
const m = new Map();
m.set(-0, "zero");
console.log(m.get(0), m.get(-0), m.has(+0), [...m.keys()].map((k) => Object.is(k, -0)));
m.set(0 / 0, "nan");
console.log(m.get(NaN), m.get(Math.sqrt(-1)), m.get(Number("x")), m.size);
const long = "abcdefghijklmnopqrstuvwxyz0123456789";
m.set(long, 1);
const rope = "abcdefghijklmnopqr" + "stuvwxyz0123456789";
console.log(m.get(rope), m.get(long.slice(0)), m.get(long.substring(0, 35) + "9"), m.has(long.slice(1)));
m.set(rope, 2);
console.log(m.size, m.get(long));
m.set("1", "string one");
m.set(1, "number one");
m.set(1n, "bigint one");
console.log(m.get("1"), m.get(1), m.get(1n), m.get(BigInt(1)), m.get(2n ** 64n), m.size);
const big = 2n ** 70n;
m.set(big, "big");
console.log(m.get(big), m.get(-(2n ** 40n)), m.set(-(2n ** 40n), "neg").get(-(2n ** 40n)));
const o1 = {}, o2 = {};
const s1 = Symbol("s"), s2 = Symbol("s");
m.set(o1, "o1").set(s1, "s1");
console.log(m.get(o1), m.get(o2), m.get(s1), m.get(s2), m.has({}));
m.set(undefined, "u").set(null, "n").set(true, "t").set(false, "f");
console.log(m.get(undefined), m.get(null), m.get(true), m.get(false), m.get(), m.size);
console.log(m.delete(undefined), m.has(undefined), m.get(undefined), m.delete(undefined));

// Many keys with the same low bits, and keys that differ only late.
const s = new Set();
for (let i = 0; i < 3000; i++) s.add(i * 1024);
for (let i = 0; i < 3000; i++) s.add("key-" + "x".repeat(40) + i);
let found = 0;
for (let i = 0; i < 3000; i++) if (s.has(i * 1024) && s.has("key-" + "x".repeat(40) + i)) found++;
console.log(s.size, found, s.has(1023), s.has("key-" + "x".repeat(40)));

// Growth while iterating: the iterator sees what is added after it started.
const g = new Map([[0, 0]]);
const seen = [];
for (const [k] of g) {
  seen.push(k);
  if (k < 40) g.set(k + 1, k);
}
console.log(seen.length, seen[40], g.size);

// Deleting under an iterator, then re-adding: the re-added key comes last.
const d = new Set([1, 2, 3, 4, 5, 6, 7, 8]);
const it = d.values();
console.log(it.next().value, it.next().value);
for (let i = 1; i <= 6; i++) d.delete(i);
d.add(2);
console.log([...it].join(","), [...d].join(","));

// Shrinking: most entries deleted while an iterator is live, then more
// added; the iterator keeps its place.
const big1 = new Map();
for (let i = 0; i < 1000; i++) big1.set(i, i * 2);
const it2 = big1.keys();
for (let i = 0; i < 10; i++) it2.next();
for (let i = 0; i < 990; i++) big1.delete(i);
for (let i = 1000; i < 1005; i++) big1.set(i, i);
console.log(big1.size, [...it2].join(","));
// and without an iterator (the table may move to smaller storage).
const big2 = new Set();
for (let i = 0; i < 5000; i++) big2.add("v" + i);
for (let i = 0; i < 5000; i++) if (i % 500) big2.delete("v" + i);
big2.add("last");
console.log(big2.size, [...big2].join(","), big2.has("v500"), big2.has("v501"));

// A map used as a queue: many more insertions than live entries.
const q = new Map();
let sum = 0;
for (let i = 0; i < 20000; i++) {
  q.set(i, i);
  if (q.size > 8) {
    const first = q.keys().next().value;
    sum += q.get(first);
    q.delete(first);
  }
}
console.log(q.size, sum, [...q.keys()].join(","));

// forEach that adds and deletes while it runs.
const f = new Map([["a", 1], ["b", 2], ["c", 3]]);
const visits = [];
f.forEach((v, k, map) => {
  visits.push(k);
  if (k === "a") { map.delete("b"); map.set("d", 4); }
  if (k === "d") map.set("e", 5);
  if (visits.length < 50 && k === "e") { map.delete("e"); map.set("e", 6); }
});
console.log(visits.join(","), [...f].join(";"));

// clear: with and without a live iterator; the table is reused.
const c = new Set(["x", "y", "z"]);
const it3 = c.values();
it3.next();
c.clear();
c.add("w");
console.log(c.size, [...it3].join(","), [...c].join(","));
const c2 = new Map([[1, 1], [2, 2]]);
c2.clear();
for (let i = 0; i < 20; i++) c2.set(i, -i);
console.log(c2.size, c2.get(19), [...c2.keys()].slice(0, 5).join(","));

// Weak collections: growth, deletion and re-adding.
const keys = [];
const wm = new WeakMap();
const ws = new WeakSet();
for (let i = 0; i < 300; i++) {
  const k = { i };
  keys.push(k);
  wm.set(k, i);
  ws.add(k);
}
for (let i = 0; i < 300; i += 2) { wm.delete(keys[i]); ws.delete(keys[i]); }
wm.set(keys[0], "again");
let wsum = 0;
for (let i = 1; i < 300; i += 2) wsum += wm.get(keys[i]);
console.log(wm.get(keys[0]), wm.has(keys[2]), ws.has(keys[2]), ws.has(keys[3]), wsum);
