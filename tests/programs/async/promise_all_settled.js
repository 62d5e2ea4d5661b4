// Promise.allSettled reports every outcome as { status, value | reason }.
Promise.allSettled([1, Promise.reject("no"), Promise.resolve({ a: 1 })]).then((r) => {
  console.log(r);
  console.log(JSON.stringify(r));
});
Promise.allSettled([]).then((r) => console.log("empty", r));
