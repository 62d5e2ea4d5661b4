// for-of closes a protocol iterator (calls return()) when the loop is left with break.
const log = [];
const iterable = { [Symbol.iterator]() { let i = 0; return { next() { i++; return { value: i, done: i > 5 }; }, return() { log.push("closed at " + i); return {}; } }; } };
for (const x of iterable) { if (x === 3) break; }
for (const x of iterable) { }
console.log(log);
for (const x of [1, 2, 3]) { if (x === 2) break; }
const m = new Map([[1, 2], [3, 4]]);
for (const [k] of m) { if (k === 1) break; }
const bad = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { return 5; } }; } };
try { for (const x of bad) break; } catch (e) { console.log(e.constructor.name, e.message); }
console.log("ok");
