// for-in enumerates own and inherited enumerable string keys.
const base = { b1: 1, b2: 2 };
Object.defineProperty(base, "bHidden", { value: 3, enumerable: false });
const mid = Object.create(base);
mid.m1 = 1;
mid.b2 = "shadow";
const leaf = Object.create(mid);
leaf.l1 = 1;
leaf[0] = "zero";
Object.defineProperty(leaf, "lHidden", { value: 1, enumerable: false });
const keys = [];
for (const k in leaf) keys.push(k);
console.log(keys.join(","));
const own = [];
for (const k in leaf) if (leaf.hasOwnProperty(k)) own.push(k);
console.log(own.join(","));
// non-enumerable own property shadows an enumerable inherited one
const shadowProto = { s: "enumerable in proto" };
const shadowChild = Object.create(shadowProto);
Object.defineProperty(shadowChild, "s", { value: "hidden", enumerable: false });
const sk = [];
for (const k in shadowChild) sk.push(k);
console.log("shadowed:", sk.length);
// for-in over arrays gives index strings, then extra properties
const arr = [10, 20, , 40];
arr.extra = "e";
const ak = [];
for (const k in arr) ak.push(typeof k + ":" + k);
console.log(ak.join(","));
// for-in over strings, null, undefined, numbers
const strKeys = [];
for (const k in "abc") strKeys.push(k);
console.log(strKeys.join(","));
let n = 0;
for (const k in null) n++;
for (const k in undefined) n++;
for (const k in 42) n++;
console.log("iterations over null/undefined/42:", n);
// deleting a not-yet-visited key during iteration skips it
const del = { a: 1, b: 2, c: 3, d: 4 };
const visited = [];
for (const k in del) {
  visited.push(k);
  if (k === "a") delete del.c;
}
console.log(visited.join(","));
// var and existing variable as loop target
var vk;
for (vk in { p: 1, q: 2 }) {}
console.log(vk);
const target = {};
let idx = 0;
for (target["k" + idx++] in { x: 1, y: 2 }) {}
console.log(Object.keys(target).join(","), target.k0, target.k1);
// break / continue inside for-in
const big = { a: 1, b: 2, c: 3, d: 4, e: 5 };
const partial = [];
for (const k in big) {
  if (k === "b") continue;
  if (k === "d") break;
  partial.push(k);
}
console.log(partial.join(","));
// for-in over functions and class instances
function F() { this.own = 1; }
F.prototype.inheritedMethod = function () {};
F.staticProp = "s";
const fk = [];
for (const k in new F()) fk.push(k);
for (const k in F) fk.push("F." + k);
console.log(fk.join(","));
class C { constructor() { this.field = 1; } method() {} }
const ck = [];
for (const k in new C()) ck.push(k);
console.log(ck.join(","));
// Object.prototype methods are not enumerable
let protoCount = 0;
for (const k in {}) protoCount++;
console.log(protoCount);
