// Own property order: array-index keys ascending, then string keys in insertion order.
const o = {};
o.z = 1; o[10] = 1; o.a = 1; o[2] = 1; o["1"] = 1; o.m = 1; o[0] = 1;
console.log(Object.keys(o).join(","));
const mixed = { b: 1, "10": 1, a: 1, "9": 1, "-1": 1, "1.0": 1, "01": 1, "1e3": 1, " 3": 1, "3 ": 1 };
console.log(Object.keys(mixed).join("|"));
const big = {};
big[4294967295] = "not index"; big[4294967294] = "max index"; big[4294967296] = "beyond"; big.s = "s"; big[5] = "five";
console.log(Object.keys(big).join(","));
const bigger = {};
bigger[9007199254740991] = 1; bigger.x = 1; bigger[1e20] = 1; bigger[3] = 1;
console.log(Object.keys(bigger).join(","));
// insertion order preserved through overwrite; delete+re-add moves to end
const ins = { first: 1, second: 2, third: 3 };
ins.first = 10;
console.log(Object.keys(ins).join(","));
delete ins.second;
ins.second = 20;
console.log(Object.keys(ins).join(","));
// for-in, Object.keys, values, entries, getOwnPropertyNames all use this order
const all = { y: "y", 3: "three", x: "x", 1: "one" };
const forIn = [];
for (const k in all) forIn.push(k);
console.log(forIn.join(","));
console.log(Object.values(all).join(","));
console.log(Object.entries(all).map(e => e[0] + "=" + e[1]).join(","));
console.log(Object.getOwnPropertyNames(all).join(","));
// arrays: indices then named properties
const arr = ["a", "b"];
arr.named = "n";
arr[5] = "f";
arr.another = "x";
arr[3] = "d";
console.log(Object.keys(arr).join(","));
console.log(Object.getOwnPropertyNames(arr).join(","));
// inherited keys come after own keys in for-in, with shadowed keys skipped
const proto = { p2: 1, 1: "pi", shared: "proto" };
const child = Object.create(proto);
child.shared = "child"; child.c = 1; child[0] = "ci";
const seen = [];
for (const k in child) seen.push(k);
console.log(seen.join(","));
// string keys that look like negative or fractional numbers are strings
const neg = {};
neg[-5] = 1; neg[0.5] = 1; neg[5] = 1; neg[-0] = 1;
console.log(Object.keys(neg).join(","));
// Object.assign and order
const assigned = Object.assign({}, { b: 1, 2: 1 }, { a: 1, 1: 1 });
console.log(Object.keys(assigned).join(","));
// a large number of integer keys inserted in reverse
const rev = {};
for (let i = 20; i >= 0; i -= 2) rev[i] = i;
rev.end = true;
console.log(Object.keys(rev).join(","));
