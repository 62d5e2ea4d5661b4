// Benchmark: allocation-heavy string building. Many small strings made from
// numbers and characters, concatenated with += (ropes), joined, split,
// sliced and padded; almost all of them are garbage right away. Prints a
// checksum (a garbage collector benchmark, issue 4).
function hashStr(h, s) {
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

// Rows of a CSV-like table: numbers converted to strings, joined with commas.
function makeRow(r) {
  const cells = [];
  for (let c = 0; c < 8; c++) cells.push(String(r * 8 + c) + (c % 2 ? "" : "." + (c * 25)));
  return cells.join(",");
}

// A report built with += from many small pieces, then read back.
function buildReport(n, seed) {
  let s = "";
  for (let i = 0; i < n; i++) {
    s += "<" + (seed + i).toString(16) + ":" + String.fromCharCode(97 + (i % 26)) + ">";
    if (i % 16 === 15) s += "\n";
  }
  return s;
}

let check = 0;
let totalLength = 0;

// 1. Tables: build rows, join them, split them back, slice fields.
for (let t = 0; t < 80; t++) {
  const rows = [];
  for (let r = 0; r < 500; r++) rows.push(makeRow(t * 500 + r));
  const table = rows.join("\n");
  totalLength += table.length;
  const lines = table.split("\n");
  for (let i = 0; i < lines.length; i += 7) {
    const fields = lines[i].split(",");
    check = hashStr(check, fields[3] + "|" + fields[6].slice(0, 3));
  }
}

// 2. Reports built with +=, then flattened by indexing and sliced.
for (let k = 0; k < 400; k++) {
  const rep = buildReport(1000, k * 1000);
  totalLength += rep.length;
  check = (check + rep.charCodeAt(rep.length >> 1)) | 0;
  check = hashStr(check, rep.slice(100, 140) + rep.substring(rep.length - 30));
}

// 3. Padding, repeating and template literals on numbers.
for (let i = 0; i < 600000; i++) {
  const s = `${String(i).padStart(7, "0")}-${(i * 3.5).toFixed(1)}-${"ab".repeat(i & 3)}`;
  totalLength += s.length;
  if ((i & 255) === 0) check = hashStr(check, s);
  else check = (check + s.charCodeAt(s.length - 1)) | 0;
}

// 4. Word frequencies: lower-casing, trimming and joining words.
const words = ["Alpha", " beta ", "GAMMA", "delta ", " Epsilon", "zeta", "ETA ", "theta"];
const counts = new Map();
for (let i = 0; i < 400000; i++) {
  const w = words[i % words.length].trim().toLowerCase() + (i % 13);
  counts.set(w, (counts.get(w) || 0) + 1);
}
const summary = [...counts.keys()].sort().map((k) => k + "=" + counts.get(k)).join(";");
check = hashStr(check, summary);

console.log("length", totalLength);
console.log("distinct words", counts.size);
console.log("check", check);
