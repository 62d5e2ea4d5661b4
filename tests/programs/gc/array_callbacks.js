// GC test: array methods whose callbacks allocate: map producing objects,
// sort with a comparator that allocates, reduce building objects, filter,
// flatMap, forEach, find, some/every, Array.from with a mapper, concat,
// slice/splice; results checked at the end.
function hashStr(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

const base = Array.from({ length: 2000 }, (_, i) => ({ id: i, key: ((i * 7919) % 2003) + "", tags: ["t" + (i % 5)] }));

let total = 0;
for (let round = 0; round < 5; round++) {
  // map to fresh objects (with fresh arrays and strings inside)
  const mapped = base.map((x) => ({ id: x.id, label: x.key + "/" + x.tags[0], pair: [x.id, x.id * 2] }));
  // sort with a comparator that allocates on every call
  const sorted = mapped.slice().sort((a, b) => {
    const ka = { k: a.label + "#" };
    const kb = { k: b.label + "#" };
    return ka.k < kb.k ? -1 : ka.k > kb.k ? 1 : a.id - b.id;
  });
  // reduce that builds objects (a histogram of objects with arrays)
  const hist = sorted.reduce((acc, x) => {
    const bucket = x.label.slice(-2);
    const entry = acc[bucket] || (acc[bucket] = { count: 0, ids: [] });
    entry.count++;
    entry.ids.push(x.id);
    return acc;
  }, {});
  // reduce into a chain of new objects (each step allocates a new accumulator)
  const chain = sorted.reduce((acc, x) => ({ sum: acc.sum + x.pair[1], prev: acc.prev === null ? null : { id: x.id } }), { sum: 0, prev: {} });
  const filtered = mapped.filter((x) => x.pair[0] % 3 === 0).map((x) => x.label);
  const flat = mapped.flatMap((x) => (x.id % 4 === 0 ? [x.id, { v: x.id }] : []));
  let each = 0;
  mapped.forEach((x, i) => { each += { v: x.pair[1] - i }.v; });
  const found = mapped.find((x) => x.pair[0] === 1000 + round && x.label.length > 0);
  const some = mapped.some((x) => [x.id].length > 1);
  const every = mapped.every((x) => typeof { l: x.label }.l === "string");
  let h = 0;
  for (let i = 0; i < sorted.length; i += 97) h = (h + hashStr(sorted[i].label) + sorted[i].id) | 0;
  for (const b of Object.keys(hist).sort()) h = (h + hashStr(b) + hist[b].count + hist[b].ids[hist[b].ids.length - 1]) | 0;
  h = (h + chain.sum + filtered.length + hashStr(filtered[filtered.length - 1]) + flat.length + flat[flat.length - 1].v + each) | 0;
  h = (h + (found ? found.id : -1) + (some ? 1 : 0) + (every ? 2 : 0)) | 0;
  total = (total + h) | 0;
  if (round === 4) {
    console.log(sorted.slice(0, 3).map((x) => x.label).join(" "), sorted[1999].label);
    console.log(Object.keys(hist).length, hist["t3"] === undefined, chain.sum, filtered.length, flat.length, each, found && found.id, some, every);
  }
}
console.log("total", total);

// The original array must be untouched.
let baseCheck = 0;
for (const x of base) baseCheck = (baseCheck + x.id + hashStr(x.key) + hashStr(x.tags[0])) | 0;
console.log("base", baseCheck, base.length);

// concat / slice / splice / Array.from / spread producing new arrays of objects.
let arr = [];
for (let i = 0; i < 300; i++) {
  arr = arr.concat([{ i }], i % 2 ? [{ i: -i }] : []);
  if (arr.length > 100) arr.splice(10, 50, { spliced: i });
  const copy = [...arr.slice(0, 20)];
  if (copy.length === 0) console.log("empty copy");
}
let arrCheck = 0;
for (const x of arr) arrCheck += x.i === undefined ? 1000 * x.spliced : x.i;
console.log("concat/splice", arr.length, arrCheck);

const grid = Array.from({ length: 100 }, (_, r) => Array.from({ length: 100 }, (_, c) => ({ r, c, s: r + "," + c })));
const diag = grid.map((row, r) => row[r].s).join(";");
console.log("grid", hashStr(diag), grid[99][0].s, grid.flat().length);
