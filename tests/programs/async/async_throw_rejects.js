// A throw in an async function rejects its promise (never a synchronous exception).
async function thrower() {
  throw new Error("sync part throws");
}
const p = thrower();
console.log("no exception at the call", p instanceof Promise);
p.catch((e) => console.log("rejected", e.message));
async function defaults(a = missing) {
  return a;
}
defaults().catch((e) => console.log("default parameter", e.name, e.message));
async function later() {
  await null;
  null.x;
}
later().catch((e) => console.log("later", e.constructor.name, e.message));
