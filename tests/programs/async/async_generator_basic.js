// Async generators: queued next/return/throw requests, yield awaiting, finally on return, errors.
async function* gen() {
  console.log("start");
  const x = yield 1;
  console.log("got", x);
  yield await Promise.resolve(2);
  try {
    yield 3;
  } finally {
    console.log("cleanup");
  }
  return "end";
}
const it = gen();
console.log(it, Object.prototype.toString.call(it), gen);
it.next("a").then((r) => console.log(r));
it.next("b").then((r) => console.log(r));
it.next("c").then((r) => console.log(r));
it.return("early").then((r) => console.log("ret", r));
it.next().then((r) => console.log(r));
async function* g2() { yield 1; throw new Error("boom"); }
const i2 = g2();
i2.next().then(r => console.log(r)); i2.next().catch(e => console.log("caught", e.message)); i2.next().then(r => console.log(r));
const i3 = g2(); i3.throw(new Error("early")).catch(e => console.log("throw at start", e.message)); i3.next().then(r=>console.log(r));
const i4 = g2(); i4.return(Promise.resolve(9)).then(r => console.log("return at start", r));
