// An exception thrown by a timer callback is uncaught: report, exit listeners, status 1.
process.on("exit", (code) => console.log("exit", code));
setTimeout(() => {
  console.log("timer");
  throw new RangeError("thrown in a timer");
}, 1);
setTimeout(() => console.log("never"), 20);
