// wc: lines, words and bytes of stdin, formatted as coreutils' wc does.
const fs = require('fs');
const text = fs.readFileSync(0, 'utf8');
const lines = (text.match(/\n/g) || []).length;
const words = text.split(/\s+/).filter(Boolean).length;
const bytes = Buffer_byteLength(text);
function Buffer_byteLength(s) {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
const width = String(bytes).length;
const col = (n) => String(n).padStart(width);
process.stdout.write(`${col(lines)} ${col(words)} ${col(bytes)}\n`);
const freq = new Map();
for (const w of text.toLowerCase().match(/[\p{L}']+/gu) || []) freq.set(w, (freq.get(w) || 0) + 1);
const top = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
for (const [w, n] of top) console.log(`${String(n).padStart(3)} ${w}`);
