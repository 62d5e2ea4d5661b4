// Building long strings with += in loops (kept as ropes, flattened on first
// read) and reading them back: length, indexing, slicing, comparison.
let s = "";
for (let i = 0; i < 100000; i++) s += "ab";
console.log(s.length, s[0], s[199999], s.slice(-6), s.indexOf("ba"), s === "ab".repeat(100000));
let t = "";
for (let i = 0; i < 1000; i++) t = i + "," + t;
console.log(t.length, t.slice(0, 20), t.split(",").length);
const nested = (s + "|") + (t + "|");
console.log(nested.length, nested.charCodeAt(200000), nested.endsWith("0,|"));
const key = "k".repeat(20) + "-" + "v".repeat(20);
const o = {};
o[key] = 1;
console.log(o["kkkkkkkkkkkkkkkkkkkk-vvvvvvvvvvvvvvvvvvvv"], Object.keys(o)[0].length);
let csv = "";
for (let r = 0; r < 3; r++) { for (let c = 0; c < 4; c++) csv += (c ? "," : "") + r * c; csv += "\n"; }
console.log(csv);
