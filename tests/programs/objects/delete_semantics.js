// delete: return values, non-configurable properties (false in sloppy code, TypeError in strict code).
const o = { a: 1, b: 2, c: 3 };
console.log(delete o.b, Object.keys(o).join(","));
console.log(delete o.b, delete o.zzz);
Object.defineProperty(o, "fixed", { value: "f", configurable: false, enumerable: true });
console.log(delete o.fixed, o.fixed, Object.keys(o).join(","));
function strictDelete(obj, k) {
  "use strict";
  try {
    const r = delete obj[k];
    console.log("deleted", k, r);
  } catch (e) {
    console.log(e.constructor.name + ":", e.message);
  }
}
strictDelete(o, "a");
strictDelete(o, "fixed");
strictDelete(o, "missing");
// deleting array elements leaves holes
const arr = [1, 2, 3];
console.log(delete arr[1], arr.length, 1 in arr, arr[1]);
console.log(delete arr.length, arr.length);
strictDelete(arr, "length");
// deleting from frozen and sealed objects
const fr = Object.freeze({ x: 1 });
console.log(delete fr.x, fr.x);
strictDelete(fr, "x");
const se = Object.seal({ y: 2 });
console.log(delete se.y, se.y);
strictDelete(se, "y");
// non-extensible objects still allow delete
const ne = Object.preventExtensions({ z: 3 });
console.log(delete ne.z, "z" in ne);
// delete of built-ins
console.log(delete Math.PI, typeof Math.PI);
strictDelete(Math, "PI");
const fn = function named() {};
console.log(delete fn.prototype, typeof fn.prototype);
console.log(delete fn.name, fn.name === "", fn.hasOwnProperty("name"));
console.log(delete fn.length, fn.length, fn.hasOwnProperty("length"));
// delete then re-add moves key to end
const ord = { p: 1, q: 2, r: 3 };
delete ord.p;
ord.p = 4;
console.log(Object.keys(ord).join(","));
// delete integer keys
const ik = { 2: "b", 1: "a", x: "x" };
delete ik[1];
ik[0] = "zero";
console.log(Object.keys(ik).join(","));
// delete of non-references
console.log(delete 42, delete "str".length);
// delete via computed keys with coercion
const cc = { "1": 1, "true": 2 };
console.log(delete cc[1], delete cc[true], Object.keys(cc).length);
