// The tick order of async generator steps against a promise chain.
const log = [];
async function* g() {
  log.push("g start");
  yield 1;
  log.push("g after 1");
  yield Promise.resolve(2);
  log.push("g after 2");
  return 3;
}
const it = g();
it.next().then((r) => log.push("r1 " + JSON.stringify(r)));
it.next().then((r) => log.push("r2 " + JSON.stringify(r)));
it.next().then((r) => log.push("r3 " + JSON.stringify(r)));
it.next().then((r) => log.push("r4 " + JSON.stringify(r)));
Promise.resolve()
  .then(() => log.push("t1"))
  .then(() => log.push("t2"))
  .then(() => log.push("t3"))
  .then(() => log.push("t4"))
  .then(() => log.push("t5"))
  .then(() => log.push("t6"));
setTimeout(() => console.log(log.join("\n")), 0);
