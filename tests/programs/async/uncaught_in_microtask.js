// A queueMicrotask callback that throws is an uncaught exception.
queueMicrotask(() => {
  throw new Error("microtask threw");
});
setTimeout(() => console.log("never"), 1);
