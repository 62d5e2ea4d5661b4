// An unref'd timer does not keep the program alive; ref() brings it back.
const t = setTimeout(() => console.log("never: unref'd"), 50);
console.log(t.hasRef());
t.unref();
console.log(t.hasRef());
const u = setTimeout(() => console.log("runs: ref'd again"), 5);
u.unref();
u.ref();
console.log(u.hasRef(), u.ref() === u, u.unref() === u);
u.ref();
const i = setImmediate(() => console.log("never: unref'd immediate"));
i.unref();
setTimeout(() => {}, 1).unref();
process.on("exit", (code) => console.log("exit", code));
