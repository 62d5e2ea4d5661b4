// Async functions, thenables, nextTick and queueMicrotask interleaved.
const log = [];
const thenable = (v) => ({
  then(res) {
    log.push("then(" + v + ")");
    process.nextTick(() => log.push("tick in then(" + v + ")"));
    res(v);
  },
});
async function one() {
  log.push("one:start");
  const a = await thenable(1);
  log.push("one:" + a);
  const b = await Promise.resolve(thenable(2));
  log.push("one:" + b);
}
async function two() {
  log.push("two:start");
  await null;
  process.nextTick(() => log.push("two:tick"));
  queueMicrotask(() => log.push("two:microtask"));
  await null;
  log.push("two:end");
}
one();
two();
process.nextTick(() => log.push("main:tick"));
setImmediate(() => console.log(log.join("\n")));
