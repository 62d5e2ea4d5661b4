// An uncaught thrown number; finally blocks still run first.
try {
  console.log("in try");
  throw 42;
} finally {
  console.log("finally runs before exit");
}
