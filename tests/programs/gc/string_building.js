// GC test: string building. Concatenation in loops (ropes), join, slices,
// substrings, split, repeat, padding, templates and number-to-string
// conversions; most intermediate strings are garbage, a few are kept and
// checked at the end.
function hashStr(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

// 1. Ropes: += in a loop, read back after more garbage is made.
const ropes = [];
for (let r = 0; r < 50; r++) {
  let s = "";
  for (let i = 0; i < 400; i++) s += i % 10 === 0 ? "[" + i + "]" : String.fromCharCode(97 + ((i + r) % 26));
  ropes.push(s);
}
let junk = 0;
for (let i = 0; i < 30000; i++) junk += ("tmp" + i + "-" + (i * 3)).length;
let ropeCheck = 0;
for (const s of ropes) ropeCheck = (ropeCheck + hashStr(s) + s.length) | 0;
console.log("ropes", ropes.length, junk, ropeCheck, ropes[7].slice(0, 30));

// 2. A long rope built by prepending and appending, sliced at the end.
let big = "";
for (let i = 0; i < 5000; i++) {
  if (i % 2 === 0) big = big + i.toString(36);
  else big = "<" + big;
}
console.log("big", big.length, hashStr(big), big.slice(-20), big.substring(2490, 2510));

// 3. join / split / slice churn.
let joinCheck = 0;
let kept = [];
for (let r = 0; r < 300; r++) {
  const parts = [];
  for (let i = 0; i < 60; i++) parts.push((r * 60 + i).toString(16));
  const joined = parts.join(",");
  const back = joined.split(",");
  joinCheck = (joinCheck + back.length + hashStr(back[r % 60]) + joined.length) | 0;
  if (r % 30 === 0) kept.push(joined.slice(5, 40));
}
console.log("join", joinCheck, kept.join("|").length, kept[3]);

// 4. Numbers to strings and back, padding, repeat, templates.
let numCheck = 0;
const samples = [];
for (let i = 0; i < 20000; i++) {
  const x = i * 1.25 - 3000;
  const s = `${x}|${(i * 7).toString(2)}|${String(i).padStart(6, "0")}|${"ab".repeat(i % 5)}`;
  numCheck = (numCheck + hashStr(s)) | 0;
  if (Number(s.slice(0, s.indexOf("|"))) !== x) console.log("bad number round trip", i);
  if (i % 2000 === 0) samples.push(s);
}
console.log("numbers", numCheck);
console.log(samples.join("\n"));

// 5. Strings kept as object properties and array elements, built from slices
// of other strings that become garbage.
const words = [];
for (let i = 0; i < 5000; i++) {
  const src = "word" + i + "-" + "x".repeat(i % 7) + "-end";
  const w = { head: src.slice(0, 4 + String(i).length), tail: src.slice(-4), mid: src.substring(4, 6) };
  if (i % 500 === 0) words.push(w);
}
for (let i = 0; i < 20000; i++) junk += ("more garbage " + i).toUpperCase().length;
console.log("words", words.map((w) => w.head + w.mid + w.tail).join(" "), junk);

// 6. toLowerCase/trim/replace chains.
let chainCheck = 0;
for (let i = 0; i < 10000; i++) {
  const s = ("  Item-" + i + "-VALUE  ").trim().toLowerCase().replace("-", "_");
  chainCheck = (chainCheck + hashStr(s)) | 0;
}
console.log("chains", chainCheck);
