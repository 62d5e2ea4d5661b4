// A rejection handled within the same microtask drain is not reported.
const p = Promise.reject(new Error("handled later"));
Promise.resolve()
  .then(() => {})
  .then(() => p.catch((e) => console.log("caught", e.message)));
const q = Promise.reject("handled by then");
q.then(null, (r) => console.log("then handler", r));
setTimeout(() => console.log("still alive"), 1);
