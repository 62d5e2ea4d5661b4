// A throw in an async function nobody awaits is an unhandled rejection.
async function f() {
  await null;
  throw new TypeError("async failure");
}
f();
console.log("sync end");
