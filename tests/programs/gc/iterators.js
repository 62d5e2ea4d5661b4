// GC test: iterators being consumed while the loop body allocates heavily:
// for-of over a Map, a Set, an array, array entries/keys iterators, a string,
// and user-defined iterables whose next() allocates its result objects. The
// collections and the iterators' state must survive the collections made in
// the loop bodies.
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

// Map: values are objects made before the loop; the body allocates a lot and
// also adds entries (visited later by the same live iteration) and deletes
// entries not yet visited.
const m = new Map();
for (let i = 0; i < 400; i++) m.set("k" + i, { i, tag: "t" + i });
let mapCheck = 0;
let visited = 0;
let g = 0;
for (const [k, v] of m) {
  g += churn(200);
  mapCheck = (mapCheck + hashStr(k) + v.i + hashStr(v.tag)) | 0;
  visited++;
  if (v.i < 400 && v.i % 10 === 0) m.set("added" + v.i, { i: 1000 + v.i, tag: "a" + v.i });
  if (v.i < 400 && v.i % 10 === 1) m.delete("k" + (v.i + 2));
}
console.log("map", visited, m.size, mapCheck);

// Set of objects; Map.prototype.values / keys / entries iterators kept in
// variables and advanced by hand while allocating.
const set = new Set();
for (let i = 0; i < 300; i++) set.add({ id: i, s: String(i * i) });
let setCheck = 0;
for (const o of set) {
  g += churn(100);
  setCheck = (setCheck + o.id + hashStr(o.s)) | 0;
}
const vi = m.values();
const ki = m.keys();
const ei = m.entries();
let manual = 0;
for (let step = 0; step < 100; step++) {
  g += churn(100);
  const a = vi.next();
  const b = ki.next();
  const c = ei.next();
  manual = (manual + a.value.i + hashStr(b.value) + c.value[1].i + hashStr(c.value[0])) | 0;
}
console.log("set", setCheck, "manual", manual);

// Arrays: values(), entries(), keys(), and a plain for-of; the array's
// elements are replaced during the loop (for-of over arrays is live).
const arr = [];
for (let i = 0; i < 500; i++) arr.push({ n: i, name: "e" + i });
let arrCheck = 0;
for (const [i, e] of arr.entries()) {
  g += churn(50);
  arrCheck = (arrCheck + i * e.n + hashStr(e.name)) | 0;
  if (i + 1 < arr.length) arr[i + 1] = { n: arr[i + 1].n * 2, name: arr[i + 1].name + "!" };
}
for (const e of arr) arrCheck = (arrCheck + e.n + e.name.length) | 0;
let keySum = 0;
for (const k of arr.keys()) keySum += k;
console.log("array", arrCheck, keySum, arr[499].name);

// A string, code point by code point, while allocating.
let text = "";
for (let i = 0; i < 300; i++) text += String.fromCharCode(65 + (i % 26)) + (i % 50 === 0 ? "\u{1F600}" : "");
let textCheck = 0;
let points = 0;
for (const ch of text) {
  g += churn(20);
  textCheck = (textCheck + ch.codePointAt(0)) | 0;
  points++;
}
console.log("string", text.length, points, textCheck);

// User iterables: next() returns fresh objects; the iterator keeps state in
// an object and a closure.
class Range {
  constructor(n) { this.n = n; this.label = "range" + n; }
  [Symbol.iterator]() {
    let i = 0;
    const self = this;
    const state = { produced: [] };
    return {
      next() {
        if (i >= self.n) return { done: true, value: undefined };
        const value = { i, sq: i * i, label: self.label + ":" + i };
        state.produced.push(i);
        i++;
        return { done: false, value };
      },
      [Symbol.iterator]() { return this; },
    };
  }
}
let rangeCheck = 0;
for (const v of new Range(2000)) {
  g += churn(10);
  rangeCheck = (rangeCheck + v.sq + hashStr(v.label)) | 0;
}
const spread = [...new Range(500)];
const fromIt = Array.from(new Range(300), (v) => v.label);
const [first, second, ...rest] = new Range(100);
console.log("range", rangeCheck, spread.length, spread[499].label, fromIt[299], first.label, second.sq, rest.length, rest[97].label);

// Breaking out of a for-of calls return(); the iterator object must be alive.
let returned = 0;
const breakable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next: () => ({ done: false, value: { i: i++ } }),
      return: () => { returned++; return { done: true }; },
    };
  },
};
for (let r = 0; r < 50; r++) {
  for (const v of breakable) {
    g += churn(20);
    if (v.i === 10) break;
  }
}
console.log("break", returned, "garbage", g);
