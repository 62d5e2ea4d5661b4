// catch and finally: finally passes values and reasons through, unless it throws.
Promise.reject(new Error("bad"))
  .catch((e) => {
    console.log("caught", e.message);
    return "recovered";
  })
  .finally(() => console.log("finally 1 (no args)"))
  .then((v) => console.log("value after finally", v));
Promise.reject(1)
  .finally(() => 2)
  .catch((r) => console.log("reason kept", r));
Promise.resolve(1)
  .finally(() => {
    throw new Error("finally threw");
  })
  .catch((e) => console.log("finally error wins", e.message));
Promise.resolve(3)
  .finally(() => Promise.reject("rejected in finally"))
  .catch((r) => console.log(r));
Promise.resolve(4)
  .finally(42)
  .then((v) => console.log("non-callable finally", v));
