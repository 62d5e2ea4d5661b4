// A promise resolved with itself rejects with a TypeError.
const p = Promise.resolve().then(() => p);
p.catch((e) => console.log(e.constructor.name, e.message));
