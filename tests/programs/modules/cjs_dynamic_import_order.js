// Each lazily imported ES module is evaluated at its own first import():
// importing a.mjs (and what it imports) does not evaluate b.mjs.
const order = [];
async function main() {
  console.log('importing a');
  const a = await import('./_dyn/a.mjs');
  console.log('got a:', a.name);
  console.log('importing b');
  const b = await import('./_dyn/b.mjs');
  console.log('got b:', b.count);
  const [a2, b2] = await Promise.all([import('./_dyn/a.mjs'), import('./_dyn/b.mjs')]);
  console.log('cached:', a2 === a, b2 === b);
}
main();
console.log('sync code done');
