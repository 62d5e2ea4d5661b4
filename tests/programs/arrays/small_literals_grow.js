// Small array literals keep their elements inside the array's own cell;
// every way an array can grow, shrink or go sparse must move them out intact.
const a = [1, 2, 3];
a.push(4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18);
console.log(a.length, a[0], a[17], a.join(""));

const b = ["x", "y"];
b.unshift("w");
b.splice(1, 1, "p", "q", "r");
console.log(b, b.shift(), b);

const c = [5, , 7];
c.length = 6;
c[10] = 11;
console.log(c, c.length, 1 in c, 4 in c);
c.length = 2;
console.log(c, c.concat([9], [[10]]));

const d = [3, 1, 2];
d.sort().reverse();
d[2000000] = "far";
console.log(d.length, d[0], d[2], d[2000000], Object.keys(d));

const e = [1, 2, 3, 4];
e.copyWithin(0, 2).fill(0, 3);
console.log(e, e.slice(1), [...e, ...e].length);

const full = Array.from({ length: 16 }, (_, i) => i);
const lit16 = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
lit16.push(16);
console.log(full.length, lit16.length, lit16[16], lit16.indexOf(9));

// Many small arrays through the collector, some kept and grown later.
const kept = [];
let sum = 0;
for (let i = 0; i < 200000; i++) {
  const t = [i, i + 1, "s" + (i % 10)];
  sum += t[0] + t[1] + t[2].length;
  if (i % 5000 === 0) kept.push(t);
}
for (const t of kept) t.push(t[0] * 2, { n: t[0] });
console.log(sum, kept.length, kept[39], kept.every((t) => t.length === 5 && t[4].n === t[0]));
