// process.exit from a callback ends at once, after the exit listeners.
process.on("exit", (code) => console.log("exit listener", code));
setTimeout(() => {
  console.log("exiting");
  process.exit(3);
}, 1);
setTimeout(() => console.log("never"), 50);
