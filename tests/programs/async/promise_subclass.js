// Subclasses: then/finally build the species, statics use `this`.
class MyPromise extends Promise {
  constructor(executor) {
    super(executor);
    this.tag = "mine";
  }
}
const p = MyPromise.resolve(1);
console.log(p instanceof MyPromise, p.tag);
const q = p.then((v) => v + 1);
console.log(q instanceof MyPromise, q.tag);
q.then((v) => console.log("value", v));
console.log(MyPromise.all([1]) instanceof MyPromise);
class Plain extends Promise {
  static get [Symbol.species]() {
    return Promise;
  }
}
const r = Plain.resolve(2).then((v) => v);
console.log(r instanceof Plain, r instanceof Promise);
let calls = 0;
class Counting extends Promise {
  constructor(ex) {
    calls++;
    super(ex);
  }
}
Counting.resolve(1).then(() => {});
console.log("constructions", calls);
