// Several async functions interleave one tick per await, as in Node.
const log = [];
async function a() {
  log.push("a0");
  await null;
  log.push("a1");
  await null;
  log.push("a2");
  await null;
  log.push("a3");
}
async function b() {
  log.push("b0");
  await undefined;
  log.push("b1");
  await Promise.resolve();
  log.push("b2");
}
async function c() {
  log.push("c0");
  await new Promise((r) => r());
  log.push("c1");
}
a();
b();
c();
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3"));
setTimeout(() => console.log(log.join(" ")), 0);
