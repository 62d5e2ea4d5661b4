// process.exitCode set in a callback is the status when the loop ends.
setTimeout(() => {
  process.exitCode = 4;
  console.log("set exitCode");
}, 1);
process.on("exit", (code) => console.log("exit with", code));
