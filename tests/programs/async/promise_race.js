// Promise.race settles like the first input to settle.
const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(v) : res(v)), ms));
Promise.race([delay(20, "slow"), delay(5, "fast")]).then((v) => console.log("race", v));
Promise.race([delay(20, "slow"), delay(5, "fails", true)]).catch((e) => console.log("race rejected", e));
Promise.race([1, 2]).then((v) => console.log("sync values", v));
const never = Promise.race([]);
setTimeout(() => console.log("empty race", never), 30);
