// console.log shows generators as Node does.
function* g() {
  yield 1;
}
const o = { *m() {} };
class C {
  static *s() {}
}
console.log(g, o.m, C.s, function* () {});
console.log(g());
console.log([g(), { it: g() }]);
console.log(Object.getPrototypeOf(g));
console.log(Object.getPrototypeOf(g).constructor);
console.log(typeof g, typeof g());
