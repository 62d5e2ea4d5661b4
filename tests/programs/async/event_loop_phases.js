// Phases from inside an I/O-free callback: immediates before the next timers, ticks and microtasks between callbacks.
setTimeout(() => {
  const log = [];
  setTimeout(() => log.push("timeout 0"), 0);
  setImmediate(() => log.push("immediate"));
  process.nextTick(() => log.push("nextTick"));
  Promise.resolve().then(() => log.push("promise"));
  queueMicrotask(() => log.push("microtask"));
  setTimeout(() => console.log(log.join(" < ")), 10);
}, 1);
