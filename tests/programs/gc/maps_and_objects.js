// GC test: Maps and plain objects holding objects, with entries added and
// deleted continuously (a sliding window), so most values become garbage
// while the window's values must stay intact.
function hashStr(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

// Map with string keys, window of 500 live entries.
const m = new Map();
let deletedSum = 0;
for (let i = 0; i < 50000; i++) {
  m.set("key" + i, { i, payload: [i, i * 2], name: "v" + i });
  if (i >= 500) {
    const k = "key" + (i - 500);
    const old = m.get(k);
    if (old.payload[1] !== (i - 500) * 2 || old.name !== "v" + (i - 500)) console.log("bad map value", i);
    deletedSum += old.i;
    m.delete(k);
  }
}
let mapCheck = 0;
for (const [k, v] of m) mapCheck = (mapCheck + hashStr(k) + v.i + v.payload[1] + hashStr(v.name)) | 0;
console.log("map", m.size, deletedSum, mapCheck, m.get("key49999").name);

// Map with object keys: keys are only reachable through the map.
const byObj = new Map();
for (let i = 0; i < 20000; i++) {
  const key = { id: i, tag: "k" + i };
  byObj.set(key, { sq: i * i });
  if (byObj.size > 300) {
    const first = byObj.keys().next().value;
    byObj.delete(first);
  }
}
let objKeyCheck = 0;
for (const [k, v] of byObj) objKeyCheck += k.id + v.sq % 1000 + k.tag.length;
console.log("object keys", byObj.size, objKeyCheck);

// Plain object as a dictionary: keys added and deleted.
const dict = {};
for (let i = 0; i < 30000; i++) {
  dict["p" + i] = { n: i, s: "val" + i };
  if (i % 4 !== 0) delete dict["p" + (i - 1)];
  if (i % 5 === 0 && i >= 200) delete dict["p" + (i - 200)];
}
let dictCount = 0;
let dictCheck = 0;
for (const k in dict) {
  dictCount++;
  const v = dict[k];
  if (k !== "p" + v.n || v.s !== "val" + v.n) console.log("bad dict entry", k);
  dictCheck = (dictCheck + v.n + hashStr(v.s)) | 0;
}
console.log("dict", dictCount, dictCheck, Object.keys(dict).slice(0, 5).join(","));

// Integer-keyed plain object, and a Map of arrays that grow and shrink.
const intDict = {};
const lists = new Map();
for (let i = 0; i < 20000; i++) {
  intDict[i % 997] = { at: i };
  const bucket = "b" + (i % 13);
  let list = lists.get(bucket);
  if (list === undefined) { list = []; lists.set(bucket, list); }
  list.push({ i, s: String(i) });
  if (list.length > 40) list.splice(0, 20);
}
let intCheck = 0;
for (const k of Object.keys(intDict)) intCheck += intDict[k].at - Number(k);
let listCheck = 0;
for (const [b, list] of lists) for (const e of list) listCheck += e.i + e.s.length + b.length;
console.log("intDict", Object.keys(intDict).length, intCheck, "lists", lists.size, listCheck);
