// An uncaught error that has a cause. The cause is a plain object: node prints an Error
// cause with its own stack frames (indented, with file paths), which would not be stable.
function readConfig(key) {
  throw new TypeError("config value " + key + " is not a string");
}
function start() {
  try {
    readConfig("port");
  } catch (e) {
    console.log("wrapping:", e.name, e.message);
    throw new Error("startup failed", { cause: { code: "ENOCONF", key: "port" } });
  }
}
try {
  throw new Error("caught one", { cause: new RangeError("inner") });
} catch (e) {
  console.log(e.message, "<-", e.cause.name, e.cause.message);
}
console.log("starting");
start();
