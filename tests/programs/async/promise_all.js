// Promise.all keeps order, rejects on the first rejection, accepts any iterable.
Promise.all([3, Promise.resolve(1), new Promise((r) => setTimeout(() => r(2), 5))]).then((v) =>
  console.log("all", v)
);
Promise.all([]).then((v) => console.log("empty", v));
Promise.all(new Set(["a", "b"])).then((v) => console.log("set", v));
Promise.all("xy").then((v) => console.log("string", v));
Promise.all([Promise.resolve(1), Promise.reject(new Error("second")), Promise.reject(new Error("third"))]).catch((e) =>
  console.log("rejected with", e.message)
);
Promise.all(5).catch((e) => console.log(e.constructor.name, e.message));
function* gen() {
  yield 1;
  yield Promise.resolve(2);
}
Promise.all(gen()).then((v) => console.log("generator", v));
