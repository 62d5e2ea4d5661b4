// The minimal process event surface: on/once/off/emit/listenerCount, beforeExit.
const f = (x) => console.log("custom", x);
process.on("custom", f);
process.once("custom", (x) => console.log("once", x));
console.log(process.emit("custom", 1), process.listenerCount("custom"));
console.log(process.emit("custom", 2), process.listenerCount("custom"));
process.off("custom", f);
console.log(process.emit("custom", 3), process.listenerCount("custom"));
let rounds = 0;
process.on("beforeExit", () => {
  rounds++;
  console.log("beforeExit", rounds);
  if (rounds < 2) setTimeout(() => console.log("more work"), 1);
});
process.on("exit", (c) => console.log("exit", c, rounds));
try {
  process.on("x", 1);
} catch (e) {
  console.log(e.code, e.message);
}
