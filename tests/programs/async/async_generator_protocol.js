// Async generator objects: prototypes, Symbol.asyncIterator, wrong receivers.
async function* g() {
  yield "a";
}
const it = g();
console.log(typeof it.next, it[Symbol.asyncIterator]() === it, g.prototype === Object.getPrototypeOf(it));
const AsyncGeneratorPrototype = Object.getPrototypeOf(g.prototype);
console.log(Object.getOwnPropertyNames(AsyncGeneratorPrototype).sort());
console.log(Object.getPrototypeOf(g) === Object.getPrototypeOf(async function* () {}));
AsyncGeneratorPrototype.next.call({}).catch((e) => console.log(e.constructor.name));
const sync = function* () {}.prototype;
try {
  Object.getPrototypeOf(sync).next.call(it);
} catch (e) {
  console.log("sync next on async generator:", e.constructor.name);
}
class Q {
  async *items() {
    yield this.x;
  }
  static async *s() {
    yield "static";
  }
  constructor() {
    this.x = "method";
  }
}
(async () => {
  for await (const v of new Q().items()) console.log(v);
  for await (const v of Q.s()) console.log(v);
  const obj = {
    async *[Symbol.asyncIterator]() {
      yield 1;
      yield 2;
    },
  };
  const got = [];
  for await (const v of obj) got.push(v);
  console.log(got);
})();
