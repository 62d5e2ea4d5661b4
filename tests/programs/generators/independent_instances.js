// Each call makes an independent generator; many can be suspended at once.
function* counter(name) {
  let i = 0;
  while (true) yield `${name}${i++}`;
}
const gens = [];
for (let i = 0; i < 100; i++) gens.push(counter("g" + i + ":"));
const out = [];
for (let round = 0; round < 3; round++) {
  for (const g of gens) out.push(g.next().value);
}
console.log(out.length, out[0], out[99], out[100], out[299]);
