// process.exit() with no code exits with status 0.
console.log("done");
process.exit();
console.log("not printed");
