// GC test: a loop creating many short-lived objects, arrays and strings
// (about 6e5 allocations) while a small set of long-lived objects, and a ring
// of medium-lived ones, stay reachable. Checksums at the end catch a collector
// that frees, moves or overwrites something still in use.
function hashStr(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

// Long-lived: created before the churn, read after it.
const keep = [];
for (let i = 0; i < 100; i++) {
  keep.push({ id: i, tag: "keep-" + i, data: [i, i * 2, i * 3], inner: { deep: { v: i * 7 } } });
}

// Medium-lived: a ring of 64 slots, each overwritten every 64 iterations.
const ring = new Array(64).fill(null);

let sum = 0;
let strLen = 0;
for (let i = 0; i < 100000; i++) {
  const p = { x: i, y: i + 1, z: { w: i & 7 } };
  const a = [p.x, p.y, p.z.w];
  const s = "n" + i;
  sum += a[0] + a[1] + a[2] + s.length;
  strLen += s.length;
  const slot = i % 64;
  const old = ring[slot];
  if (old !== null) {
    // The object in the slot was made 64 iterations ago: it must be intact.
    if (old.i !== i - 64 || old.s !== "r" + (i - 64) || old.arr[1] !== (i - 64) * 2) {
      console.log("ring corrupted at", i);
    }
  }
  ring[slot] = { i, s: "r" + i, arr: [i, i * 2] };
  if (i % 1000 === 999) keep[(i / 1000) | 0].last = s; // a young string made old
}

let check = 0;
for (const k of keep) {
  check = (check + k.id + hashStr(k.tag) + k.data[0] + k.data[1] + k.data[2] + k.inner.deep.v) | 0;
  if (k.last !== undefined) check = (check + hashStr(k.last)) | 0;
}
let ringSum = 0;
for (const r of ring) ringSum += r.i + r.arr[1] + r.s.length;

console.log("sum", sum);
console.log("strLen", strLen);
console.log("keep check", check);
console.log("ring sum", ringSum);
console.log(keep[0], keep[99].last, keep[42].inner.deep.v);
