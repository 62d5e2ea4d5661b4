// for-of over a generator, with break and continue.
function* range(from, to) {
  for (let i = from; i < to; i++) yield i;
}
let s = 0;
for (const x of range(0, 10)) s += x;
console.log(s);
for (const x of range(0, 10)) {
  if (x % 2) continue;
  if (x > 6) break;
  console.log(x);
}
