// process.exit(3) stops the program immediately after output was printed.
const log = [];
function work(n) {
  try {
    if (n > 2) throw new Error("limit reached at " + n);
    log.push("done " + n);
  } catch (e) {
    console.log("fatal:", e.message);
    console.log("completed:", log.join(", "));
    process.exit(3);
  } finally {
    log.push("finally " + n);
  }
}
for (let i = 0; i < 10; i++) {
  console.log("step", i);
  work(i);
}
console.log("never printed");
