// Arrays longer than 100 entries print the first 100 and "... N more items".
function range(n) { const a = []; for (let i = 0; i < n; i++) a.push(i); return a; }
console.log(range(100));
console.log(range(101));
console.log(range(150));
const strs = [];
for (let i = 0; i < 120; i++) strs.push("s" + i);
console.log(strs);
const objs = [];
for (let i = 0; i < 102; i++) objs.push({ i: i });
console.log(objs);
const sparse = [];
sparse[200] = "end";
console.log(sparse);
const sparse2 = range(99);
sparse2[150] = "far";
console.log(sparse2);
console.log({ nested: range(110) });
const bools = [];
for (let i = 0; i < 130; i++) bools.push(i % 3 === 0);
console.log(bools);
