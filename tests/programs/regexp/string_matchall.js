const s = "x=1, y=22, z=333";
for (const m of s.matchAll(/(\w)=(\d+)/g)) {
  console.log(m[0], m[1], m[2], m.index);
}
const it = "aXbX".matchAll("X");
console.log(it.next().value.index, it.next().value.index, it.next().done);
try { "a".matchAll(/a/); } catch (e) { console.log(e.name, e.message); }
console.log([..."a1b2c3".matchAll(/(?<d>\d)/g)].map(m => m.groups.d).join());
console.log(Object.prototype.toString.call("a".matchAll(/a/g)));
