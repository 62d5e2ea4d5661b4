// await inside try/catch/finally: rejections are thrown at the await; finally may await.
async function work(fail) {
  try {
    console.log("try", fail);
    const v = await (fail ? Promise.reject(new Error("failed " + fail)) : Promise.resolve(fail));
    console.log("value", v);
    return "ok";
  } catch (e) {
    console.log("catch", e.message);
    await null;
    return "recovered";
  } finally {
    await null;
    console.log("finally", fail);
  }
}
(async () => {
  console.log(await work(0));
  console.log(await work(1));
  try {
    await (async () => {
      try {
        throw new TypeError("inner");
      } finally {
        console.log("inner finally");
      }
    })();
  } catch (e) {
    console.log("outer caught", e.name, e.message);
  }
  const r = await (async () => {
    try {
      return "from try";
    } finally {
      console.log("finally before return");
    }
  })();
  console.log(r);
})();
