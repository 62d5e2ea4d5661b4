// yield* in async generators: delegating next/return/throw to async and sync iterables, with the tick order.
async function* inner() { try { const x = yield 1; console.log("inner got", x); yield 2; return "inner done"; } finally { console.log("inner finally"); } }
async function* outer() { const r = yield* inner(); console.log("delegate returned", r); yield* [10, Promise.resolve(20)]; yield 3; }
(async () => {
  const it = outer();
  console.log(await it.next("ignored"));
  console.log(await it.next("x"));
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next());
  const it2 = outer();
  await it2.next();
  console.log(await it2.return("stop"));
  const it3 = outer();
  await it3.next();
  try { await it3.throw(new Error("thrown in")); } catch (e) { console.log("caught", e.message); }
})();
const log = [];
async function* d() { yield* (async function* () { yield "a"; yield "b"; })(); }
(async () => { for await (const v of d()) log.push(v); })();
Promise.resolve().then(() => log.push(1)).then(() => log.push(2)).then(() => log.push(3)).then(() => log.push(4)).then(() => log.push(5)).then(() => log.push(6)).then(() => log.push(7)).then(() => log.push(8));
setTimeout(() => console.log(log.join(" ")), 5);
