// A throw in a then handler rejects the derived promise; unhandled, it ends the program.
Promise.resolve(1).then(() => {
  throw new Error("handler threw");
});
setTimeout(() => console.log("never"), 5);
