// Private generator methods, instance and static.
class A {
  *#gen() {
    yield 1;
    yield 2;
  }
  static *#sgen() {
    yield "s";
  }
  run() {
    return [...this.#gen()];
  }
  static srun() {
    return [...A.#sgen()];
  }
}
console.log(new A().run(), A.srun());
