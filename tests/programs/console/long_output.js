// Many lines of output, flushed completely before exit.
for (let i = 0; i < 2000; i++) {
  console.log("line " + i + " " + "*".repeat(i % 50));
}
console.log("done");
