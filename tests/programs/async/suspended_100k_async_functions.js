// kiln-test: no-gc-stress (10^5 live coroutines: a stress collection every few allocations would rescan all of them; chain_shared_homes and async/many_evictions cover sharing under stress)
// 10^5 async functions suspended at once, resolved through Promise.all.
async function work(i, gate) {
  const a = i * 2;
  const v = await gate;
  const b = await (v + a);
  return b + 1;
}
async function main() {
  const N = 100000;
  let release;
  const gate = new Promise((r) => { release = r; });
  const ps = [];
  for (let i = 0; i < N; i++) ps.push(work(i, gate));
  console.log('started', ps.length);
  release(3);
  const rs = await Promise.all(ps);
  let sum = 0;
  for (const r of rs) sum += r;
  console.log('sum', sum, rs[0], rs[N - 1]);
}
main();
