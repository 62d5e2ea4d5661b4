// 3000 async functions suspended at once (more than the runtime's home
// stacks: most of them wait with their frames copied out), each holding
// objects and strings in locals across several awaits, resumed in an
// interleaved order by promises settled from timers and microtasks.
async function worker(i, gates) {
  const own = { id: i, parts: ["w" + i] };
  const a = await gates[i % 3];
  own.parts.push(a + i);
  await null;
  const b = await gates[(i + 1) % 3];
  own.parts.push(String(b) + i);
  if (i % 500 === 7) throw new Error("worker " + i + " failed");
  return own.parts.join("-");
}
const resolvers = [];
const gates = [0, 1, 2].map((k) => new Promise((r) => { resolvers[k] = r; }));
const all = [];
for (let i = 0; i < 3000; i++) all.push(worker(i, gates));
setTimeout(() => resolvers[2](20), 1);
queueMicrotask(() => resolvers[1]("b"));
Promise.resolve().then(() => resolvers[0]("a"));
Promise.allSettled(all).then((rs) => {
  let ok = 0, len = 0;
  const failed = [];
  for (const r of rs) {
    if (r.status === "fulfilled") { ok++; len += r.value.length; }
    else failed.push(r.reason.message);
  }
  console.log(ok, len, failed.join(", "));
  console.log(rs[0].value, rs[2999].value);
});
