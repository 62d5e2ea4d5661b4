// console.log of promises in every state, nested, with properties, subclassed.
const pending = new Promise(() => {});
const done = Promise.resolve({ a: [1, 2], s: "x" });
const failed = Promise.reject(new RangeError("r"));
failed.catch(() => {});
const prim = Promise.reject(42);
prim.catch(() => {});
console.log(pending);
console.log(done);
console.log(prim);
console.log([Promise.resolve(1), Promise.resolve("two")]);
const withProps = Promise.resolve(3);
withProps.label = "x";
console.log(withProps);
class Sub extends Promise {}
console.log(Sub.resolve(5));
console.log({ p: Promise.resolve(undefined) });
console.log(String(failed), typeof failed);
