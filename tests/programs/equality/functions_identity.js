// Functions are equal only to themselves; each closure creation is a new function.
function f() {}
function g() {}
const h = f;
console.log(f == f, f === h, f == g, f === g);
function make() {
  return function () { return 1; };
}
const m1 = make(), m2 = make();
console.log(m1 === m2, m1 == m2, m1 === m1);
console.log(f == undefined, f == null, f != null, f === undefined);
function maker(x) {
  return () => x;
}
const a = maker(1), b = maker(1);
console.log(a === b, a() === b());
