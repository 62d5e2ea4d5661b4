// process.exit(code) flushes what was printed and ends the process with `code`;
// code after it never runs, not even finally blocks.
console.log("before exit");
function leave(code) {
  try {
    process.exit(code);
  } finally {
    console.log("finally never runs");
  }
}
leave(7);
console.log("after exit");
