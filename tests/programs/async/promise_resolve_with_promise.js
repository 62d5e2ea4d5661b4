// Resolving with a native promise takes two extra ticks (a thenable job, then the then).
const order = [];
new Promise((r) => r(Promise.resolve("inner"))).then((v) => order.push("outer " + v));
Promise.resolve()
  .then(() => order.push("t1"))
  .then(() => order.push("t2"))
  .then(() => order.push("t3"))
  .then(() => order.push("t4"))
  .then(() => console.log(order.join(", ")));
