// Targets that die reach the cleanup callback (once each, with their held
// values) and their WeakRefs read undefined, after the collector ran: the
// program allocates until that happens (what it prints does not depend on
// when the collections run).
const total = 2000;
const cleaned = new Set();
let duplicate = false;
const registry = new FinalizationRegistry((held) => {
  if (cleaned.has(held)) duplicate = true;
  cleaned.add(held);
});
const refs = [];
(function register() {
  for (let i = 0; i < total; i++) {
    const o = { i, payload: new Array(16).fill(i) };
    registry.register(o, i);
    refs.push(new WeakRef(o));
  }
})();
const survivor = { keep: true };
const survivorRef = new WeakRef(survivor);
registry.register(survivor, 'survivor');

let rounds = 0;
let junk = [];
function churn() {
  const batch = [];
  for (let i = 0; i < 20000; i++) batch.push({ i, s: 'x' + i });
  junk.push(batch);
  if (junk.length > 8) junk.shift();
  rounds++;
  const dead = refs.filter((r) => r.deref() === undefined).length;
  if ((cleaned.size >= total / 2 && dead >= total / 2) || rounds > 400) {
    console.log('most targets finalized:', cleaned.size >= total / 2);
    console.log('most weak refs cleared:', dead >= total / 2);
    console.log('no value twice:', !duplicate);
    console.log('held values are the registered ones:', [...cleaned].every((h) => h >= 0 && h < total));
    console.log('survivor still there:', survivorRef.deref() === survivor, !cleaned.has('survivor'));
    return;
  }
  setTimeout(churn, 0);
}
setTimeout(churn, 0);
