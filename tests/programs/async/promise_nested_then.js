// then callbacks registered inside then callbacks: each level queues behind the jobs already queued.
const log = [];
Promise.resolve().then(() => {
  log.push("a");
  Promise.resolve().then(() => {
    log.push("a.1");
    Promise.resolve().then(() => log.push("a.1.1"));
  });
  Promise.resolve().then(() => log.push("a.2"));
});
Promise.resolve().then(() => {
  log.push("b");
  return Promise.resolve("b-value");
}).then((v) => log.push(v));
const settled = Promise.resolve("early");
settled.then((v) => log.push("first " + v));
settled.then((v) => log.push("second " + v));
setTimeout(() => console.log(log.join(" ")), 0);
