// Array.prototype.keys/values/entries iterators: next(), for-of (live), spread, printing.
const arr = ["a", "b", "c"];
for (const [i, v] of arr.entries()) console.log(i, v);
for (const i of arr.keys()) console.log("k", i);
for (const v of arr.values()) console.log("v", v);
console.log([...arr.entries()], [...arr.keys()], Array.from(arr.values()));
const it = arr.values();
console.log(it.next(), it.next(), it.next(), it.next());
console.log(Object.prototype.toString.call(arr.keys()));
const live = [1];
for (const [i, v] of live.entries()) { if (i < 2) live.push(v * 10); }
console.log(live);
console.log([..."ab"].entries().next());
console.log([1].keys(), new Map([[1,2]]).keys(), new Set([5]).entries())
