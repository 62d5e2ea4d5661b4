// The same failed writes throw TypeError in strict code; messages match V8.
"use strict";
function attempt(label, f) {
  try {
    f();
    console.log(label, "ok");
  } catch (e) {
    console.log(label, e.constructor.name + ":", e.message);
  }
}
const ne = Object.preventExtensions({ a: 1 });
attempt("add to non-extensible", () => { ne.b = 2; });
attempt("write existing", () => { ne.a = 2; });
attempt("delete from non-extensible", () => { delete ne.a; });
attempt("computed add", () => { ne["x" + 1] = 2; });
attempt("index add", () => { ne[0] = 2; });
const se = Object.seal({ a: 1 });
attempt("sealed write", () => { se.a = 5; });
attempt("sealed add", () => { se.b = 5; });
attempt("sealed delete", () => { delete se.a; });
const fr = Object.freeze({ a: 1, 7: "seven" });
attempt("frozen write", () => { fr.a = 5; });
attempt("frozen index write", () => { fr[7] = 5; });
attempt("frozen add", () => { fr.b = 5; });
attempt("frozen delete", () => { delete fr.a; });
attempt("frozen compound", () => { fr.a += 1; });
attempt("frozen increment", () => { fr.a++; });
console.log(fr.a);
const arr = Object.freeze([1, 2, 3]);
attempt("frozen array write", () => { arr[0] = 9; });
attempt("frozen array append", () => { arr[3] = 9; });
attempt("frozen array length", () => { arr.length = 0; });
attempt("frozen array push", () => { arr.push(1); });
attempt("frozen array sort", () => { arr.sort(); });
attempt("frozen array reverse", () => { arr.reverse(); });
const getterOnly = { get g() { return 1; } };
attempt("getter-only assign", () => { getterOnly.g = 2; });
const inherits = Object.create(Object.freeze({ p: 1 }));
attempt("inherited read-only", () => { inherits.p = 2; });
attempt("inherited add other", () => { inherits.q = 2; });
attempt("primitive property write", () => { const s = "str"; s.x = 1; });
attempt("number property write", () => { const n = 5; n.y = 1; });
attempt("string index write", () => { const s = "str"; s[0] = "S"; });
attempt("string length write", () => { const s = "str"; s.length = 1; });
function F() {}
Object.freeze(F);
attempt("frozen function prop", () => { F.extra = 1; });
attempt("Math.PI write", () => { Math.PI = 3; });
attempt("undefined write", () => { const u = undefined; u.x = 1; });
