// sort with comparators: numeric, descending, multi-key, stability, inconsistent returns.
const nums = [10, 9, 1, 100, 25, 2, -5, 0];
console.log(nums.slice().sort((a, b) => a - b).join(","));
console.log(nums.slice().sort((a, b) => b - a).join(","));
// stability: items with equal keys keep original order
const people = [];
const names = ["ann", "bob", "cid", "dan", "eve", "fay", "gus", "hal", "ivy", "jon", "kim", "lee", "max", "ned", "oli"];
for (let i = 0; i < names.length; i++) people.push({ name: names[i], group: i % 3 });
people.sort((a, b) => a.group - b.group);
console.log(people.map(p => p.group + p.name).join(" "));
// stability on a larger array
const big = [];
for (let i = 0; i < 500; i++) big.push({ k: i % 7, i: i });
big.sort((a, b) => a.k - b.k);
let stable = true;
for (let i = 1; i < big.length; i++) if (big[i - 1].k === big[i].k && big[i - 1].i > big[i].i) stable = false;
console.log("stable:", stable, big[0].i, big[71].i, big[72].i, big[499].i);
// multi-key comparator
const rows = [
  { last: "smith", first: "john" }, { last: "doe", first: "jane" }, { last: "smith", first: "adam" },
  { last: "doe", first: "al" }, { last: "brown", first: "zed" },
];
rows.sort((a, b) => a.last < b.last ? -1 : a.last > b.last ? 1 : a.first < b.first ? -1 : a.first > b.first ? 1 : 0);
console.log(rows.map(r => r.first + " " + r.last).join(", "));
// comparator returning booleans / strings / non-numbers
console.log([3, 1, 2].sort((a, b) => a > b ? 1 : -1).join(""));
console.log([3, 1, 2].sort((a, b) => String(a - b)).join(""));
console.log([3, 1, 2].sort(() => 0).join(""));
console.log([3, 1, 2].sort(() => NaN).join(""));
// undefined never passed to comparator, holes removed to the end
const calls = [];
const withU = [3, undefined, 1, , 2];
withU.sort((a, b) => { calls.push(typeof a + typeof b); return a - b; });
console.log(withU.join(","), withU.length, Object.keys(withU).join(","), calls.every(c => c === "numbernumber"));
// sort by string length then alphabetically
const words = ["pear", "fig", "apple", "kiwi", "date", "banana", "plum"];
words.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
console.log(words.join(" "));
// sorting numbers as doubles including negatives and fractions
const floats = [0.1, -0.5, 3.14, -2, 2.71, 0, -0];
floats.sort((a, b) => a - b);
console.log(floats.map(x => Object.is(x, -0) ? "-0" : String(x)).join(","));
// localeCompare comparator (ASCII only)
console.log(["b", "c", "a"].sort((x, y) => x.localeCompare(y)).join(""));
// comparator mutating a counter: number of calls is bounded
let n = 0;
const arr = [];
for (let i = 0; i < 100; i++) arr.push((i * 7919) % 100);
arr.sort((a, b) => { n++; return a - b; });
console.log(arr.slice(0, 10).join(","), n > 0, n < 5000);
// sort of already-sorted and reverse-sorted input
const sorted = [];
for (let i = 0; i < 50; i++) sorted.push(i);
console.log(sorted.sort((a, b) => b - a).slice(0, 5).join(","), sorted.sort((a, b) => a - b).slice(0, 5).join(","));
