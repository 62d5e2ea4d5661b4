// Promise.resolve returns native promises as they are; reject always wraps.
const p = Promise.resolve(1);
console.log(Promise.resolve(p) === p);
console.log(Promise.reject(p) === p);
Promise.reject(p).catch((r) => console.log("reason is the promise", r === p));
console.log(Promise.resolve(2) instanceof Promise, typeof Promise.resolve, Promise.resolve.length);
console.log(Promise.name, Promise.length, Object.prototype.toString.call(p));
console.log(Promise.prototype.then.length, Promise.prototype.catch.length, Promise.prototype.finally.length);
console.log(Promise.all.length, Promise.race.name, Promise[Symbol.species] === Promise);
