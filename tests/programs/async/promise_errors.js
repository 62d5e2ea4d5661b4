// TypeErrors of the Promise builtins, with V8's messages.
const tries = [
  () => new Promise(),
  () => new Promise(1),
  () => new Promise({}),
  () => Promise(() => {}),
  () => Promise.prototype.then.call({}, () => {}),
  () => Promise.resolve.call(1),
  () => Promise.all.call(undefined, []),
  () => Promise.prototype.finally.call(2),
];
for (const t of tries) {
  try {
    t();
    console.log("no error");
  } catch (e) {
    console.log(e.constructor.name + ": " + e.message);
  }
}
