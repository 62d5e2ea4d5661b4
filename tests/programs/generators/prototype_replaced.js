// A generator object inherits from g.prototype, or %GeneratorPrototype% if that is not an object.
function* g() {
  yield 1;
}
g.prototype.extra = function () {
  return "extra";
};
console.log(g().extra());
function* h() {
  yield 2;
}
h.prototype = null;
const it = h();
console.log(Object.getPrototypeOf(it) === Object.getPrototypeOf(g.prototype), it.next());
