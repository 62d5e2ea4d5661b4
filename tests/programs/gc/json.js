// GC test: JSON.stringify and JSON.parse of big structures (thousands of
// nested objects, arrays and strings), repeated, with replacers and revivers
// that allocate; the parsed copies are compared with the originals.
function hashStr(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
function makeData(n, seed) {
  const items = [];
  for (let i = 0; i < n; i++) {
    items.push({
      id: seed * 100000 + i,
      name: "item-" + i + "-" + seed,
      price: (i * 37 % 1000) / 8,
      tags: ["a" + (i % 3), "b" + (i % 7)],
      nested: { level: 1, inner: { level: 2, ok: i % 2 === 0, note: i % 11 === 0 ? null : "n" + i } },
    });
  }
  return { seed, count: n, items, meta: { created: "fixed", unicode: "caf\u00e9 \u2603 \u{1F600}", quote: 'say "hi"\n' } };
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return false;
    if (!deepEqual(a[ka[i]], b[kb[i]])) return false;
  }
  return true;
}

const kept = makeData(300, 99);
const keptText = JSON.stringify(kept);
let total = 0;
for (let round = 0; round < 4; round++) {
  const data = makeData(800, round);
  const text = JSON.stringify(data);
  const back = JSON.parse(text);
  const same = deepEqual(data, back);
  const pretty = JSON.stringify(back, null, 2);
  const replaced = JSON.stringify(data, (k, v) => (k === "tags" ? v.join("+") : typeof v === "number" && k !== "n" ? { n: v } : v));
  const revived = JSON.parse(text, (k, v) => (k === "price" ? [v, v * 2] : v));
  total = (total + hashStr(text) + text.length + pretty.length + hashStr(replaced) + (same ? 1 : 0)) | 0;
  total = (total + revived.items[round * 10].price[1] + revived.items.length) | 0;
  if (round === 3) {
    console.log(text.length, pretty.length, replaced.length, same);
    console.log(text.slice(0, 200));
    console.log(replaced.slice(0, 200));
    console.log(pretty.split("\n").slice(0, 12).join("\n"));
    console.log(revived.items[50].price, back.meta.unicode, back.meta.quote.length);
  }
}
console.log("total", total);
const keptAgain = JSON.stringify(kept);
console.log("kept", keptAgain === keptText, hashStr(keptAgain), deepEqual(kept, JSON.parse(keptText)), kept.items[299].nested.inner.note);
