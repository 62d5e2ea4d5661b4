// Generator objects passed around: Object.entries-like helpers, Math.max(...gen), join.
function* nums() {
  yield 3;
  yield 9;
  yield 4;
}
console.log(Math.max(...nums()), Array.from(nums()).join("+"));
function* entries(o) {
  for (const k of Object.keys(o)) yield [k, o[k]];
}
console.log(Object.fromEntries(entries({ a: 1, b: 2 })));
const m = new Map(entries({ x: "X" }));
console.log([...m.keys()], new Set(nums()).size);
console.log(Array.from({ length: 3 }, (_, i) => [...nums()][i]));
