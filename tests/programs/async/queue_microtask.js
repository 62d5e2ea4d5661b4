// queueMicrotask shares the promise job queue (FIFO), and checks its argument.
queueMicrotask(() => console.log("m1"));
Promise.resolve().then(() => console.log("p1"));
queueMicrotask(() => {
  console.log("m2");
  queueMicrotask(() => console.log("m3 (nested)"));
});
Promise.resolve().then(() => console.log("p2"));
try {
  queueMicrotask("nope");
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  queueMicrotask();
} catch (e) {
  console.log(e.message);
}
console.log("sync");
