// `return promise` in an async function adopts it two ticks later; `return await` is one tick sooner.
const log = [];
async function ret() {
  return Promise.resolve("ret");
}
async function retAwait() {
  return await Promise.resolve("retAwait");
}
async function plain() {
  return "plain";
}
ret().then((v) => log.push(v));
retAwait().then((v) => log.push(v));
plain().then((v) => log.push(v));
Promise.resolve()
  .then(() => log.push("1"))
  .then(() => log.push("2"))
  .then(() => log.push("3"))
  .then(() => log.push("4"));
setTimeout(() => console.log(log.join(" ")), 0);
