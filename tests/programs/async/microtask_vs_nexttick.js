// process.nextTick callbacks run before promise jobs, and all of them before the next job batch.
Promise.resolve().then(() => {
  console.log("promise 1");
  process.nextTick(() => console.log("tick from promise"));
  Promise.resolve().then(() => console.log("promise from promise"));
});
process.nextTick(() => {
  console.log("tick 1");
  Promise.resolve().then(() => console.log("promise from tick"));
  process.nextTick(() => console.log("tick from tick"));
});
process.nextTick((a, b) => console.log("tick 2 with args", a, b), "x", 2);
queueMicrotask(() => console.log("microtask"));
console.log("sync");
