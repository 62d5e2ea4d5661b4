// The executor runs synchronously; a throw after resolve is ignored.
const p1 = new Promise((resolve) => {
  console.log("executor runs now");
  resolve("one");
  throw new Error("ignored");
});
p1.then((v) => console.log("p1", v));
const p2 = new Promise(() => {
  throw new RangeError("executor threw");
});
p2.catch((e) => console.log("p2", e.name, e.message));
const p3 = new Promise((_, reject) => reject("no"));
p3.then(
  () => console.log("not called"),
  (r) => console.log("p3 rejected", r)
);
console.log("after constructors");
