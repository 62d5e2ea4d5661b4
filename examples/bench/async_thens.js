// Benchmark: promises (issue 18). A chain of 10^6 `then`s, each reaction a
// microtask job that runs a closure and resolves the next promise.
let p = Promise.resolve(0);
for (let i = 0; i < 1e6; i++) p = p.then((v) => v + 1);
p.then((v) => console.log("chained", v));
