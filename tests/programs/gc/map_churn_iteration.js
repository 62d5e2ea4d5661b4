// Maps and Sets that delete most of their entries while allocating heavily:
// tables are compacted by the collector only when no iterator or forEach
// loop is using them, so live iteration still sees every remaining entry in
// insertion order.
const m = new Map();
for (let i = 0; i < 20000; i++) m.set("k" + i, { i });
for (let i = 0; i < 20000; i++) if (i % 10 !== 0) m.delete("k" + i);
let seen = [];
let junk = 0;
m.forEach((v, k) => {
  if (v.i % 1000 === 0) seen.push(k);
  for (let j = 0; j < 20; j++) junk += { j }.j;   // garbage during the loop
  if (v.i === 5000) { m.delete("k5010"); m.set("late", { i: -1 }); }
});
console.log(m.size, seen.join(","), junk);
const it = m.entries();
const first = it.next().value;
for (let i = 0; i < 5000; i++) m.delete("k" + (i * 10));   // tombstones under a live iterator
for (let i = 0; i < 200000; i++) junk += [i].length;       // collections happen here
const rest = [];
for (const [k] of it) rest.push(k);
console.log(first[0], rest.length, rest.slice(0, 3).join(","), rest[rest.length - 1]);
const s = new Set();
for (let round = 0; round < 30; round++) {
  for (let i = 0; i < 2000; i++) s.add(round * 2000 + i);
  for (let i = 0; i < 2000; i++) if (i % 100) s.delete(round * 2000 + i);
}
let sum = 0;
for (const x of s) sum += x;
console.log(s.size, sum, [...s].slice(0, 4).join(","));
