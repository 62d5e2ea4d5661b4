// Awaiting a thenable takes two more ticks than a native promise.
const log = [];
const thenable = {
  then(res) {
    log.push("then called");
    res("T");
  },
};
(async () => {
  const v = await thenable;
  log.push("thenable " + v);
})();
(async () => {
  const v = await Promise.resolve("P");
  log.push("promise " + v);
})();
(async () => {
  const v = await 42;
  log.push("plain " + v);
})();
Promise.resolve()
  .then(() => log.push("j1"))
  .then(() => log.push("j2"))
  .then(() => log.push("j3"))
  .then(() => log.push("j4"));
setTimeout(() => console.log(log.join("\n")), 0);
