// process.on('unhandledRejection') receives (reason, promise) and keeps the program alive.
process.on("unhandledRejection", (reason, promise) => {
  console.log("unhandled:", reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error("one"));
Promise.reject("two");
(async () => {
  throw 3;
})();
setTimeout(() => {
  console.log("timer still runs");
  Promise.reject("from timer");
}, 1);
process.on("exit", (c) => console.log("exit", c));
