// Default sort compares elements as strings; undefined goes last, holes after that.
console.log([10, 9, 1, 100, 25, 2].sort().join(","));
console.log(["banana", "Apple", "cherry", "apple", "Banana"].sort().join(","));
console.log([true, false, null, "null", "true", 0, "0"].sort().join(","));
const u = [3, undefined, 1, undefined, 2];
u.sort();
console.log(u.join(","), u[3], u[4], u.length);
const h = [3, , 1, undefined, , 2];
h.sort();
console.log(h.length, Object.keys(h).join(","), String(h));
console.log([-1, -2, 0, 1, -10, 10].sort().join(","));
console.log([0.5, 0.25, 1e21, 1e-7, 5].sort().join(","));
console.log([NaN, 1, Infinity, -Infinity, 0].sort().join(","));
console.log([[2, 1], [1, 2], [1, 1], [10]].sort().join(" | "));
const objs = [{ toString() { return "b"; } }, { toString() { return "a"; } }, { toString() { return "c"; } }];
console.log(objs.sort().join(""));
// sort returns the same array
const same = [2, 1];
console.log(same.sort() === same, same.join(""));
// unicode code unit order
console.log(["é", "e", "z", "E", "Z", "ä", "a", "_", "1", " "].sort().join("|"));
console.log(["b", "a", "ab", "aa", "", "ba", "a"].sort().join(","));
// stable for equal string forms
const equalStrings = [1, "1", 2, "2", 1];
equalStrings.sort();
console.log(equalStrings.map(x => typeof x === "string" ? "s" + x : "n" + x).join(","));
// empty and single
console.log([].sort().length, [5].sort()[0]);
// all undefined
const allU = [undefined, undefined];
allU.sort();
console.log(allU.length, allU[0]);
// array-like sort
const like = { length: 3, 0: "c", 1: "a", 2: "b" };
Array.prototype.sort.call(like);
console.log(like[0], like[1], like[2]);
// comparator undefined behaves as default
console.log([3, 20, 100].sort(undefined).join(","));
try { [1, 2].sort(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { [1, 2].sort("abc"); } catch (e) { console.log(e.constructor.name, e.message); }
// large default sort
const big = [];
for (let i = 0; i < 200; i++) big.push((i * 37) % 101);
big.sort();
console.log(big.slice(0, 12).join(","), big.slice(-5).join(","));
