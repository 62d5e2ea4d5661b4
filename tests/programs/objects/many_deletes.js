// Repeated add/delete churn on the same objects keeps values and order correct.
const o = {};
let log = [];
for (let round = 0; round < 200; round++) {
  o["r" + round] = round;
  if (round >= 3) delete o["r" + (round - 3)];
}
console.log(Object.keys(o).join(","), o.r199, o.r196);
// delete from the middle, beginning, and end repeatedly
const q = { a: 1, b: 2, c: 3, d: 4, e: 5 };
delete q.c; q.c = 30;
delete q.a; q.a = 10;
delete q.e; q.e = 50;
console.log(Object.keys(q).map(k => k + q[k]).join(" "));
// a queue implemented with an object and numeric keys
const queue = {};
let head = 0, tail = 0;
function enqueue(v) { queue[tail++] = v; }
function dequeue() { const v = queue[head]; delete queue[head++]; return v; }
for (let i = 0; i < 1000; i++) {
  enqueue(i);
  enqueue(i * 2);
  dequeue();
}
console.log(Object.keys(queue).length, dequeue(), dequeue(), head, tail);
// delete while values are objects
const registry = {};
for (let i = 0; i < 500; i++) registry["id" + i] = { id: i, name: "n" + i };
for (let i = 0; i < 500; i++) if (i % 7 !== 0) delete registry["id" + i];
const ids = Object.keys(registry);
console.log(ids.length, ids[0], ids[ids.length - 1], registry.id490.name, registry.id491);
// delete a property then read it through the prototype
const proto = { shared: "proto" };
const c = Object.create(proto);
for (let i = 0; i < 10; i++) {
  c.shared = "own" + i;
  log.push(c.shared);
  delete c.shared;
  log.push(c.shared);
}
console.log(log.slice(0, 4).join(","), log.length);
// delete array indices from a large array
const arr = [];
for (let i = 0; i < 100; i++) arr.push(i);
for (let i = 0; i < 100; i += 2) delete arr[i];
let holes = 0, s = 0;
for (let i = 0; i < arr.length; i++) { if (!(i in arr)) holes++; else s += arr[i]; }
console.log(arr.length, holes, s, Object.keys(arr).length);
// repeatedly deleting and adding the same key on many objects
const objs = [];
for (let i = 0; i < 50; i++) objs.push({ x: i, y: i, z: i });
for (let r = 0; r < 20; r++) {
  for (let i = 0; i < objs.length; i++) {
    delete objs[i].y;
    objs[i].y = r + i;
  }
}
let tot = 0;
for (let i = 0; i < objs.length; i++) tot += objs[i].x + objs[i].y + objs[i].z;
console.log(tot, Object.keys(objs[3]).join(","));
