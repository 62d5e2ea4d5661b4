// Object.defineProperty: writable / enumerable / configurable attributes and their defaults.
const o = {};
Object.defineProperty(o, "ro", { value: 1 });
const d = Object.getOwnPropertyDescriptor(o, "ro");
console.log(d.value, d.writable, d.enumerable, d.configurable);
o.ro = 2;
console.log(o.ro, Object.keys(o).length, JSON_like(o));
function JSON_like(obj) {
  const parts = [];
  for (const k in obj) parts.push(k + "=" + obj[k]);
  return "{" + parts.join(",") + "}";
}
Object.defineProperty(o, "w", { value: "w", writable: true });
o.w = "changed";
console.log(o.w, Object.keys(o).length);
Object.defineProperty(o, "e", { value: "e", enumerable: true });
console.log(Object.keys(o).join(","), JSON_like(o));
// redefining a configurable property
Object.defineProperty(o, "c", { value: 1, configurable: true });
Object.defineProperty(o, "c", { value: 2, enumerable: true });
const dc = Object.getOwnPropertyDescriptor(o, "c");
console.log(dc.value, dc.writable, dc.enumerable, dc.configurable);
// redefining a non-configurable property throws
try {
  Object.defineProperty(o, "ro", { value: 5 });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Object.defineProperty(o, "ro", { enumerable: true });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// same value redefinition is allowed
Object.defineProperty(o, "ro", { value: 1 });
console.log("same value ok", o.ro);
// writable true->false is allowed on non-configurable
Object.defineProperty(o, "w", { writable: false });
o.w = "again";
console.log(o.w, Object.getOwnPropertyDescriptor(o, "w").writable);
// defineProperty on existing normal property keeps unspecified attributes
const p = { x: 1 };
Object.defineProperty(p, "x", { value: 2 });
const dx = Object.getOwnPropertyDescriptor(p, "x");
console.log(dx.value, dx.writable, dx.enumerable, dx.configurable);
Object.defineProperty(p, "x", { enumerable: false });
console.log(Object.keys(p).length, p.x);
// returns the object
const ret = Object.defineProperty(p, "y", { value: 3 });
console.log(ret === p);
// errors
try { Object.defineProperty(1, "x", { value: 1 }); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.defineProperty({}, "x", 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.defineProperty({}, "x", { value: 1, get() {} }); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.defineProperty({}, "x", { get: 5 }); } catch (e) { console.log(e.constructor.name, e.message); }
// non-writable inherited property blocks assignment on child (sloppy: silent)
const base = {};
Object.defineProperty(base, "locked", { value: "base", writable: false });
const child = Object.create(base);
child.locked = "child";
console.log(child.locked, child.hasOwnProperty("locked"));
function strictAssign() {
  "use strict";
  try { child.locked = "child"; } catch (e) { console.log(e.constructor.name, e.message); }
  try { o.ro = 9; } catch (e) { console.log(e.constructor.name, e.message); }
}
strictAssign();
// defineProperty bypasses the inherited non-writable restriction
Object.defineProperty(child, "locked", { value: "own", writable: true, enumerable: true, configurable: true });
console.log(child.locked, base.locked);
// defining on arrays
const arr = [1, 2, 3];
Object.defineProperty(arr, 1, { value: "two", enumerable: false });
console.log(arr[1], Object.keys(arr).join(","), arr.length);
Object.defineProperty(arr, 5, { value: "five", enumerable: true, configurable: true, writable: true });
console.log(arr.length, arr[4], arr[5]);
