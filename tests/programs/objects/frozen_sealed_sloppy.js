// Non-extensible, sealed and frozen objects: failed writes are silently ignored in sloppy code.
const ne = { a: 1 };
Object.preventExtensions(ne);
ne.b = 2;
ne.a = 10;
delete ne.a;
console.log(Object.keys(ne).join(","), ne.b, Object.isExtensible(ne), Object.isSealed(ne), Object.isFrozen(ne));
const se = { a: 1, b: 2 };
Object.seal(se);
se.a = 100;
se.c = 3;
delete se.b;
console.log(se.a, se.b, se.c, Object.keys(se).join(","));
console.log(Object.isExtensible(se), Object.isSealed(se), Object.isFrozen(se));
const ds = Object.getOwnPropertyDescriptor(se, "a");
console.log(ds.writable, ds.enumerable, ds.configurable);
const fr = { a: 1, nested: { x: 1 } };
Object.freeze(fr);
fr.a = 2;
fr.b = 3;
delete fr.a;
fr.nested.x = 99;
console.log(fr.a, fr.b, fr.nested.x, Object.keys(fr).join(","));
console.log(Object.isExtensible(fr), Object.isSealed(fr), Object.isFrozen(fr), Object.isFrozen(fr.nested));
const df = Object.getOwnPropertyDescriptor(fr, "a");
console.log(df.writable, df.enumerable, df.configurable);
// frozen object with accessor: setter still runs
let store = 0;
const acc = Object.freeze({ get v() { return store; }, set v(x) { store = x; } });
acc.v = 5;
console.log(acc.v, store, Object.isFrozen(acc));
// frozen arrays
const arr = Object.freeze([1, 2, 3]);
arr[0] = 100;
arr[5] = 6;
arr.length = 0;
console.log(arr[0], arr.length, arr.join("-"));
try { arr.push(4); } catch (e) { console.log(e.constructor.name, e.message); }
try { arr.pop(); } catch (e) { console.log(e.constructor.name, e.message); }
// sealed array: elements writable, length fixed
const sarr = Object.seal([1, 2]);
sarr[0] = "one";
sarr[2] = "three";
console.log(sarr.join(","), sarr.length);
// prototype of a non-extensible object cannot change
try { Object.setPrototypeOf(ne, {}); } catch (e) { console.log(e.constructor.name, e.message); }
Object.setPrototypeOf(ne, Object.prototype);
console.log("same proto is fine");
// inherited from frozen proto: child can not shadow via assignment
const proto = Object.freeze({ p: "proto" });
const child = Object.create(proto);
child.p = "child";
child.q = "q";
console.log(child.p, child.q, child.hasOwnProperty("p"));
// freezing primitives returns them unchanged; empty objects
console.log(Object.freeze(5), Object.freeze("s"), Object.isFrozen(5), Object.isSealed("x"), Object.isExtensible(1));
const empty = Object.preventExtensions({});
console.log(Object.isFrozen(empty), Object.isSealed(empty));
// freeze returns its argument
const f = {};
console.log(Object.freeze(f) === f, Object.seal(f) === f, Object.preventExtensions(f) === f);
// functions can be frozen too
function fn() {}
Object.freeze(fn);
fn.extra = 1;
console.log(fn.extra, Object.isFrozen(fn));
