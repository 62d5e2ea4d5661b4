// Benchmark: async functions (issue 18). 10^5 async functions suspended at
// once (each awaits a shared promise, then a value), resolved through
// Promise.all.
async function task(i, gate) {
  const x = await gate;
  const y = await (x + i);
  return y & 1023;
}
let release;
const gate = new Promise((r) => { release = r; });
const tasks = [];
for (let i = 0; i < 1e5; i++) tasks.push(task(i, gate));
release(7);
Promise.all(tasks).then((rs) => {
  let sum = 0;
  for (const r of rs) sum += r;
  console.log("all", rs.length, sum);
});
