// Timeout and Immediate objects: methods, toPrimitive ids, refresh.
const t = setTimeout(() => console.log("timeout ran"), 5);
console.log(typeof t, typeof t.ref, typeof t.unref, typeof t.hasRef, typeof t.refresh, typeof t.close);
console.log(typeof +t, Number.isInteger(+t), +t === +t);
console.log(t.constructor.name);
const i = setImmediate(() => {});
console.log(i.constructor.name, typeof i.hasRef, i.hasRef());
const c = setTimeout(() => console.log("closed: never"), 5);
c.close();
const r = setTimeout(() => console.log("refreshed timer ran"), 5);
console.log(r.refresh() === r);
