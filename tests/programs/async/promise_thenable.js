// Thenables are assimilated in a job; their then sees resolve/reject functions.
const thenable = {
  then(resolve, reject) {
    console.log("then called", typeof resolve, typeof reject, resolve.length);
    resolve("from thenable");
    resolve("ignored");
    reject(new Error("ignored too"));
  },
};
Promise.resolve(thenable).then((v) => console.log("got", v));
const throwing = {
  then() {
    throw new Error("then threw");
  },
};
Promise.resolve(throwing).catch((e) => console.log("caught", e.message));
const late = {
  then(res) {
    res(1);
    throw new Error("after resolve");
  },
};
Promise.resolve(late).then((v) => console.log("late resolve kept", v));
const getterThrows = {
  get then() {
    throw new TypeError("getter");
  },
};
Promise.resolve(getterThrows).catch((e) => console.log("getter threw", e.message));
console.log("sync");
