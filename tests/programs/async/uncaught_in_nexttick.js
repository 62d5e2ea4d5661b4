// A process.nextTick callback that throws is an uncaught exception.
process.nextTick(() => {
  console.log("tick");
  throw new SyntaxError("tick threw");
});
Promise.resolve().then(() => console.log("never"));
