// some, every, find, findIndex, findLast, findLastIndex: short-circuiting, empty arrays, holes.
const a = [2, 4, 6, 7, 8];
console.log(a.some(x => x % 2), a.every(x => x % 2 === 0), a.every(x => x > 0), a.some(x => x > 100));
console.log([].some(x => true), [].every(x => false));
const visits = [];
a.some(x => { visits.push(x); return x > 4; });
console.log(visits.join(","));
visits.length = 0;
a.every(x => { visits.push(x); return x < 6; });
console.log(visits.join(","));
console.log(a.find(x => x > 5), a.find(x => x > 100), a.findIndex(x => x > 5), a.findIndex(x => x > 100));
console.log(a.findLast(x => x % 2 === 0), a.findLastIndex(x => x < 5), a.findLast(x => x < 0));
// find returns the element even if it is falsy
const f = [1, 0, null, ""];
console.log(f.find(x => x === 0), f.findIndex(x => x === null), f.find(x => x === ""), typeof f.find(x => x === ""));
// holes: some/every skip them, find visits them as undefined
const h = [1, , 3];
const hv = [];
h.some((x, i) => { hv.push(i); return false; });
const fv = [];
h.find((x, i) => { fv.push(i + ":" + x); return false; });
console.log(hv.join(","), fv.join(","), h.every(x => x !== undefined), h.findIndex(x => x === undefined));
// thisArg
const limits = { max: 5 };
console.log(a.filter(function (x) { return x < this.max; }, limits).join(","), a.some(function (x) { return x > this.max; }, limits));
// finding objects
const people = [{ name: "ann", age: 31 }, { name: "bob", age: 17 }, { name: "cid", age: 45 }];
const adult = people.find(p => p.age >= 18 && p.name !== "ann");
console.log(adult.name, people.findIndex(p => p.age < 18), people.every(p => p.name.length === 3));
console.log(people.some(p => p.age > 40) ? "someone over 40" : "nobody over 40");
// callbacks receive the index and the array
const idx = [];
["x", "y"].every((v, i, arr) => { idx.push(v + i + arr.length); return true; });
console.log(idx.join(","));
// truthiness of callback results
console.log([1].some(() => "yes"), [1].some(() => ""), [1].every(() => 1), [1].every(() => NaN), [1].find(() => {}) === undefined);
// errors
try { a.find(); } catch (e) { console.log(e.constructor.name, e.message); }
try { a.some(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { a.every("f"); } catch (e) { console.log(e.constructor.name, e.message); }
