// A chain of then callbacks: values pass through, returned values feed the next.
const p = Promise.resolve(1);
p.then((v) => v + 1)
  .then((v) => {
    console.log("second", v);
    return v * 10;
  })
  .then((v) => console.log("third", v))
  .then((v) => console.log("fourth gets", v));
console.log("sync");
