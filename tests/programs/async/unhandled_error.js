// An unhandled rejection with an Error: Node's uncaught report, exit status 1.
console.log("before");
Promise.reject(new Error("nobody handles this"));
setTimeout(() => console.log("never runs"), 10);
