// Timers run by due time, equal delays in creation order; microtasks drain between callbacks.
setTimeout(() => console.log("20"), 20);
setTimeout(() => {
  console.log("5a");
  Promise.resolve().then(() => console.log("promise after 5a"));
  process.nextTick(() => console.log("tick after 5a"));
}, 5);
setTimeout(() => console.log("5b"), 5);
setTimeout(() => console.log("10"), 10);
setTimeout((a, b) => console.log("args", a, b), 15, "one", 2);
console.log("sync");
