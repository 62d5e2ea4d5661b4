// Promise.any: the first fulfilment, or an AggregateError with every reason.
Promise.any([Promise.reject(1), new Promise((r) => setTimeout(() => r("slow"), 5)), Promise.resolve("fast")]).then((v) =>
  console.log("any", v)
);
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => {
  console.log(e instanceof AggregateError, e.name, e.message, e.errors);
});
Promise.any([]).catch((e) => console.log("empty", e.constructor.name, e.errors.length));
