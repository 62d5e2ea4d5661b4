// GC test: objects kept alive across many collections only through closures'
// captured variables, global variables (top-level let/const/var, implicit
// globals, globalThis properties), array elements, Map keys and values, Set
// members and WeakMap values whose keys are alive. Between creating them and
// checking them the program makes about 4e5 allocations of garbage.
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
function makeRecord(i) {
  return { i, name: "rec" + i, list: [i, i * 2, { nested: "n" + i }] };
}
function recordSum(r) {
  return r.i + hashStr(r.name) + r.list[0] + r.list[1] + hashStr(r.list[2].nested);
}

// Closures: the record is reachable only through the captured variable.
function capture(i) {
  const rec = makeRecord(i);
  let counter = 0;
  return () => { counter++; return (recordSum(rec) + counter) | 0; };
}
const fromClosures = [];
for (let i = 0; i < 50; i++) fromClosures.push(capture(i));

// Globals of every kind.
let topLet = makeRecord(1000);
const topConst = makeRecord(1001);
var topVar = makeRecord(1002);
implicitGlobal = makeRecord(1003); // sloppy mode: a property of the global object
globalThis.explicitGlobal = makeRecord(1004);

// Array elements, holes around them.
const arr = [];
arr[3] = makeRecord(2000);
arr[10] = makeRecord(2001);
arr.push(makeRecord(2002));

// Map keys and values, Set members, WeakMap values.
const mapKeys = [];
const map = new Map();
const set = new Set();
const weak = new WeakMap();
const weakKeys = [];
for (let i = 0; i < 100; i++) {
  const k = { key: i };
  map.set(k, makeRecord(3000 + i));
  if (i % 10 === 0) mapKeys.push(k);
  set.add(makeRecord(4000 + i));
  const wk = { weakKey: i };
  weak.set(wk, makeRecord(5000 + i)); // the value is reachable only via the WeakMap
  if (i % 4 === 0) weakKeys.push(wk);
}

let checks = [];
let garbage = 0;
for (let round = 0; round < 8; round++) {
  garbage += churn(15000);
  // Replace the top-level let binding's value: the old record becomes garbage.
  if (round === 3) topLet = makeRecord(1100);
  let c = 0;
  for (const f of fromClosures) c = (c + f()) | 0;
  c = (c + recordSum(topLet) + recordSum(topConst) + recordSum(topVar)) | 0;
  c = (c + recordSum(implicitGlobal) + recordSum(globalThis.explicitGlobal)) | 0;
  for (const r of arr) if (r !== undefined) c = (c + recordSum(r)) | 0;
  for (const [k, v] of map) c = (c + k.key + recordSum(v)) | 0;
  for (const k of mapKeys) c = (c + recordSum(map.get(k))) | 0;
  for (const r of set) c = (c + recordSum(r)) | 0;
  for (const wk of weakKeys) c = (c + recordSum(weak.get(wk))) | 0;
  checks.push(c);
}
console.log("garbage", garbage);
console.log("checks", checks.join(" "));
console.log(topLet.name, topConst.list[2].nested, topVar.name, implicitGlobal.name, explicitGlobal.list[2].nested);
console.log(arr.length, arr[3].name, arr[10].name, arr[11].name, 5 in arr);
console.log(map.size, set.size, weak.has(weakKeys[7]), weak.get(weakKeys[24]).name);
