// for await over async generators, arrays of promises, strings, custom async iterables; break and throw close the iterator; tick order.
async function* nums(n) { for (let i = 0; i < n; i++) { await null; yield i; } }
async function main() {
  for await (const x of nums(3)) console.log("async gen", x);
  for await (const x of [1, Promise.resolve(2), 3]) console.log("sync array", x);
  for await (const ch of "ab") console.log("string", ch);
  for await (const x of nums(10)) { if (x === 2) break; console.log("break at 2", x); }
  const it = { [Symbol.asyncIterator]() { let i = 0; return { next() { i++; return Promise.resolve({ value: i, done: i > 2 }); }, return() { console.log("return called"); return Promise.resolve({}); } }; } };
  for await (const x of it) console.log("custom", x);
  try { for await (const x of it) { throw new Error("body threw " + x); } } catch (e) { console.log(e.message); }
  try { for await (const x of 5) {} } catch (e) { console.log(e.constructor.name, e.message); }
}
main();
const log = [];
(async () => { for await (const x of [1, 2]) log.push("fa" + x); })();
Promise.resolve().then(() => log.push("t1")).then(() => log.push("t2")).then(() => log.push("t3")).then(() => log.push("t4")).then(() => log.push("t5"));
setTimeout(() => console.log(log.join(" ")), 5);
