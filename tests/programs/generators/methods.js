// Generator methods: object literals, classes, static and computed names.
const key = "dyn";
const obj = {
  *items() {
    yield 1;
    yield 2;
  },
  *[key + "Name"]() {
    yield "computed";
  },
  *[Symbol.iterator]() {
    yield* this.items();
  },
};
console.log([...obj.items()], [...obj.dynName()], [...obj]);
class Bag {
  constructor(...xs) {
    this.xs = xs;
  }
  *[Symbol.iterator]() {
    for (const x of this.xs) yield x;
  }
  *pairs() {
    for (let i = 0; i + 1 < this.xs.length; i += 2) yield [this.xs[i], this.xs[i + 1]];
  }
  static *of(...xs) {
    yield* xs;
  }
  static *["gen" + "Static"]() {
    yield "static computed";
  }
}
const bag = new Bag(1, 2, 3, 4);
console.log([...bag], [...bag.pairs()], [...Bag.of("a", "b")], [...Bag.genStatic()]);
console.log(obj.items, Bag.prototype.pairs, Bag.of);
class Sub extends Bag {
  *[Symbol.iterator]() {
    yield "sub";
    yield* super[Symbol.iterator]();
  }
}
console.log([...new Sub(7, 8)]);
