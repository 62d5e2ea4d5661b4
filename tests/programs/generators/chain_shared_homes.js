// Generators resuming generators 300 deep (more than the runtime's home
// stacks, so resumers share homes and their frames are copied out and back),
// values held in locals across every switch, and a stack trace taken at the
// bottom of the chain.
function names(e) {
  return e.stack.split("\n").slice(1, 6).map((l) => l.trim().split(" ")[1]).join(" < ");
}
function* level(n) {
  const tag = "L" + n;
  const arr = [n, n * 2];
  if (n === 0) {
    yield names(new Error("bottom"));
    yield tag;
    return;
  }
  const inner = level(n - 1);
  let r = inner.next();
  while (!r.done) {
    yield r.value + "/" + tag + ":" + (arr[0] + arr[1]);
    r = inner.next();
  }
}
const g = level(300);
const first = g.next().value;
console.log(first.slice(0, 40), first.length);
const second = g.next().value;
console.log(second.slice(0, 30), second.slice(-20), second.length);
console.log(g.next());
// interleaving many chains: each step switches between 50 suspended chains
const chains = [];
for (let i = 0; i < 50; i++) chains.push(level(20 + i));
let total = 0;
for (let round = 0; round < 2; round++) {
  for (const c of chains) total += c.next().value.length;
}
console.log(total);
