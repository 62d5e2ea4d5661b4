// An unhandled rejection with a non-error reason: ERR_UNHANDLED_REJECTION.
process.on("exit", (code) => console.log("exit event", code));
Promise.reject(42);
