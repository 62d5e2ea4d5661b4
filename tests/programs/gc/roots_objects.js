// GC test: objects kept alive only through properties of objects in
// dictionary mode (after many deletes), elements of sparse arrays (huge
// indices), prototype chains, getter/setter pairs (closures and stored
// values), and frozen objects; checked after lots of garbage.
function hashStr(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
function churn(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const o = { a: i, b: [i, i + 1], c: "g" + i };
    s += o.b[1] - o.a + o.c.length;
  }
  return s;
}
function rec(i) {
  return { i, name: "r" + i, arr: [i, "e" + i] };
}
function sumRec(r) {
  return r.i + hashStr(r.name) + r.arr[0] + hashStr(r.arr[1]);
}

// Dictionary mode: many properties, most deleted, the survivors hold records.
const dict = {};
for (let i = 0; i < 2000; i++) dict["k" + i] = rec(i);
for (let i = 0; i < 2000; i++) if (i % 9 !== 0) delete dict["k" + i];
// Add more after the deletes, with fresh records.
for (let i = 0; i < 100; i++) dict["late" + i] = rec(10000 + i);
dict[7] = rec(7777);

// Sparse arrays with huge indices.
const sparse = [];
sparse[0] = rec(1);
sparse[1000000] = rec(2);
sparse[4294967294] = rec(3); // the largest array index
sparse[4294967295] = rec(4); // not an index: an ordinary property
const holey = new Array(100000);
holey[99999] = rec(5);
holey[50000] = rec(6);

// Prototype chains: the records hang off prototypes only.
let proto = { depth: 0, data: rec(100) };
for (let d = 1; d <= 60; d++) {
  const next = Object.create(proto);
  next.depth = d;
  if (d % 10 === 0) next["data" + d] = rec(100 + d);
  proto = next;
}
const leafObj = Object.create(proto);
function Base(x) { this.x = x; }
Base.prototype.shared = rec(200);
Base.prototype.describe = function () { return "Base " + this.x + " " + this.shared.name; };
const instances = [];
for (let i = 0; i < 10; i++) instances.push(new Base("b" + i));

// Getter/setter pairs: the backing store is a captured variable, or another
// property, or a defineProperty accessor.
function makeBox(initial) {
  let value = initial;
  return {
    get v() { return value; },
    set v(x) { value = x; },
    get both() { return this._other; },
    set both(x) { this._other = x; },
  };
}
const boxes = [];
for (let i = 0; i < 50; i++) {
  const b = makeBox(rec(300 + i));
  b.both = rec(400 + i);
  boxes.push(b);
}
const defined = {};
for (let i = 0; i < 20; i++) {
  const hidden = rec(500 + i);
  Object.defineProperty(defined, "p" + i, { get() { return hidden; }, enumerable: true });
}
const frozen = Object.freeze({ inner: rec(600), list: Object.freeze([rec(601), rec(602)]) });

function checkAll() {
  let c = 0;
  for (const k in dict) c = (c + hashStr(k) + sumRec(dict[k])) | 0;
  c = (c + sumRec(sparse[0]) + sumRec(sparse[1000000]) + sumRec(sparse[4294967294]) + sumRec(sparse[4294967295])) | 0;
  c = (c + sumRec(holey[99999]) + sumRec(holey[50000])) | 0;
  for (let d = 0; d <= 60; d += 10) c = (c + sumRec(d === 0 ? leafObj.data : leafObj["data" + d])) | 0;
  for (const o of instances) c = (c + hashStr(o.describe())) | 0;
  for (const b of boxes) c = (c + sumRec(b.v) + sumRec(b.both)) | 0;
  for (const k of Object.keys(defined)) c = (c + sumRec(defined[k])) | 0;
  c = (c + sumRec(frozen.inner) + sumRec(frozen.list[0]) + sumRec(frozen.list[1])) | 0;
  return c;
}

const results = [];
let g = 0;
for (let round = 0; round < 8; round++) {
  g += churn(15000);
  // Replace some accessor-held values (the old ones become garbage).
  if (round % 2 === 1) for (let i = 0; i < boxes.length; i += 5) boxes[i].v = rec(700 + round * 100 + i);
  results.push(checkAll());
}
console.log("garbage", g);
console.log("checks", results.join(" "));
console.log(Object.keys(dict).length, Object.keys(dict).slice(0, 4).join(","), dict.k1989.name, dict.late99.name, dict[7].name);
console.log(sparse.length, Object.keys(sparse).join(","), sparse[4294967294].name, holey.length, holey[99999].arr[1]);
console.log(leafObj.depth, leafObj.data.name, leafObj.data30.name, Object.getPrototypeOf(leafObj).depth, instances[9].describe());
console.log(boxes[5].v.name, boxes[6].v.name, boxes[49].both.name, defined.p19.name, Object.isFrozen(frozen), frozen.list[1].name);
