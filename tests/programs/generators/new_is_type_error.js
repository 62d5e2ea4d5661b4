// Generators are not constructors.
function* g() {}
try {
  new g();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
const o = { *m() {} };
try {
  new o.m();
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
console.log(Object.getOwnPropertyNames(g).includes("prototype"));
