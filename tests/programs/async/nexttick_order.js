// nextTick queue: FIFO, recursive ticks before promises.
let depth = 0;
function again() {
  depth++;
  console.log("tick depth", depth);
  if (depth < 4) process.nextTick(again);
}
process.nextTick(again);
Promise.resolve().then(() => console.log("promise waits for every tick"));
setTimeout(() => console.log("timeout last"), 0);
try {
  process.nextTick(1);
} catch (e) {
  console.log(e.code, e.message);
}
