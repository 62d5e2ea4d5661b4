// An async function returns a promise; its body runs synchronously up to the first await.
async function f(x) {
  console.log("in f before await", x);
  const y = await x;
  console.log("in f after await", y);
  return y + 1;
}
const p = f(1);
console.log("f returned", p instanceof Promise, p);
p.then((v) => console.log("resolved", v, p));
async function noAwait() {
  return "immediate";
}
console.log(noAwait());
async function empty() {}
empty().then((v) => console.log("empty resolves to", v));
console.log(typeof f, f.constructor.name, Object.getPrototypeOf(f) === Object.getPrototypeOf(async () => {}));
console.log(f, async () => {}, f.length, f.name, "prototype" in f);
