// Async arrows keep `this` and `arguments` of their scope; methods of every kind.
class Counter {
  #n = 0;
  constructor() {
    this.step = 2;
  }
  async inc() {
    await null;
    this.#n += this.step;
    return this.#n;
  }
  async #secret() {
    return "secret " + this.#n;
  }
  reveal() {
    return this.#secret();
  }
  static async make() {
    await null;
    return new Counter();
  }
  arrow() {
    return async () => {
      await null;
      return this.step * 10;
    };
  }
}
const obj = {
  v: 5,
  async m() {
    return this.v;
  },
  async ["computed" + 1]() {
    return "computed";
  },
};
function outer() {
  const f = async () => arguments[0] + arguments.length;
  return f();
}
(async () => {
  const c = await Counter.make();
  console.log(await c.inc(), await c.inc());
  console.log(await c.reveal());
  console.log(await c.arrow()());
  console.log(await obj.m(), await obj.computed1());
  console.log(await outer(10, 20));
  const expr = async function named() {
    return named.name;
  };
  console.log(await expr());
})();
