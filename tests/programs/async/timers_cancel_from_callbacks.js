// Callbacks cancel other pending timers and immediates; an interval clears itself from a nested timer.
const log = [];
let victim;
setTimeout(() => {
  log.push("killer");
  clearTimeout(victim);
  const i1 = setImmediate(() => {
    log.push("immediate 1 clears 2");
    clearImmediate(i2);
  });
  const i2 = setImmediate(() => log.push("immediate 2 (never)"));
  void i1;
}, 5);
victim = setTimeout(() => log.push("victim (never)"), 60);
let n = 0;
const iv = setInterval(() => {
  n++;
  if (n === 2) setTimeout(() => clearInterval(iv), 0);
}, 100);
setTimeout(() => console.log(log.join(", "), n >= 2), 400);
