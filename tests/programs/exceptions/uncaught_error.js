// An uncaught Error: the program prints its output so far, then exits with status 1.
console.log("before the error");
function fail() {
  throw new Error("something went wrong");
}
fail();
console.log("never printed");
