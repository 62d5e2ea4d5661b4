// Objects with thousands of keys: add 2000 keys, delete some, check order, counts and values.
const o = {};
for (let i = 0; i < 2000; i++) o["key" + i] = i;
console.log(Object.keys(o).length, o.key0, o.key999, o.key1999, o.key2000);
for (let i = 0; i < 2000; i += 3) delete o["key" + i];
const keys = Object.keys(o);
console.log(keys.length, keys.slice(0, 6).join(","), keys[keys.length - 1]);
let sum = 0;
for (const k in o) sum += o[k];
console.log("sum", sum);
for (let i = 0; i < 2000; i += 3) o["key" + i] = -i;
const keys2 = Object.keys(o);
console.log(keys2.length, keys2[1332], keys2[1333], keys2[1999], o.key3);
// numeric keys mixed with string keys
const m = {};
for (let i = 999; i >= 0; i--) { m[i] = i; m["s" + i] = i; }
const mk = Object.keys(m);
console.log(mk.length, mk[0], mk[999], mk[1000], mk[1999]);
for (let i = 0; i < 1000; i += 2) { delete m[i]; delete m["s" + i]; }
const mk2 = Object.keys(m);
console.log(mk2.length, mk2[0], mk2[499], mk2[500], mk2[999]);
// many objects with same keys in different orders
const objs = [];
for (let i = 0; i < 100; i++) {
  const x = {};
  if (i % 2) { x.a = i; x.b = i * 2; } else { x.b = i * 2; x.a = i; }
  x["k" + (i % 5)] = true;
  objs.push(x);
}
let total = 0;
for (let i = 0; i < objs.length; i++) total += objs[i].a + objs[i].b;
console.log(total, Object.keys(objs[0]).join(","), Object.keys(objs[1]).join(","), Object.keys(objs[7]).join(","));
// hasOwnProperty / in over a big object
let present = 0;
for (let i = 0; i < 2100; i++) if (o.hasOwnProperty("key" + i)) present++;
console.log("present", present);
// property lookup with long keys
const long = {};
for (let i = 0; i < 50; i++) long["x".repeat(i + 1)] = i;
console.log(long["x".repeat(50)], long.xxx, Object.keys(long).length);
// delete everything then re-add
for (const k in long) delete long[k];
console.log(Object.keys(long).length);
long.fresh = 1;
console.log(Object.keys(long).join(","));
