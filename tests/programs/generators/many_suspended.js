// Thousands of started generators suspended at once, then all finished.
function* g(i) {
  const a = [i, i + 1];
  const got = yield a[0];
  return got + a[1];
}
const gens = [];
let s = 0;
for (let i = 0; i < 5000; i++) {
  const it = g(i);
  s += it.next().value;
  gens.push(it);
}
let t = 0;
for (const it of gens) t += it.next(1).value;
console.log(s, t, gens[4999].next());
