// kiln-test: no-gc-stress (10^5 live coroutines: a stress collection every few allocations would rescan all of them; chain_shared_homes and async/many_evictions cover sharing under stress)
// 10^5 generators suspended at once (each started, holding locals across a
// yield), then resumed in a different order.
function* counter(i) {
  const base = i * 3;
  let k = 0;
  try {
    while (true) {
      const step = yield base + k;
      k += step === undefined ? 1 : step;
    }
  } finally {
    counter.closed++;
  }
}
counter.closed = 0;
const N = 100000;
const gs = [];
for (let i = 0; i < N; i++) {
  const g = counter(i);
  g.next();
  gs.push(g);
}
let sum = 0;
for (let i = N - 1; i >= 0; i--) sum += gs[i].next(i % 7).value;
for (let i = 0; i < N; i += 2) sum += gs[i].next().value;
console.log(sum);
for (let i = 0; i < N; i += 3) gs[i].return(0);
console.log(counter.closed);
console.log(gs[1].next().value, gs[3].next(), gs[N - 1].next().value);
