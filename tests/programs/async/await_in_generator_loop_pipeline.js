// A pipeline of async generators: map, filter, take, with timers in between.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function* source() {
  for (let i = 1; ; i++) {
    if (i % 3 === 0) await sleep(1);
    yield i;
  }
}
async function* map(it, f) {
  for await (const x of it) yield f(x);
}
async function* filter(it, p) {
  for await (const x of it) if (await p(x)) yield x;
}
async function* take(it, n) {
  if (n <= 0) return;
  for await (const x of it) {
    yield x;
    if (--n === 0) return;
  }
}
(async () => {
  const out = [];
  for await (const x of take(
    filter(
      map(source(), (x) => x * x),
      async (x) => x % 2 === 1
    ),
    6
  ))
    out.push(x);
  console.log(out);
})();
