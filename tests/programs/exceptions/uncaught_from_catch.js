// An error rethrown from a catch block after logging to stderr.
try {
  throw new RangeError("first");
} catch (e) {
  console.log("caught", e.message);
  throw new RangeError("second: " + e.message);
}
