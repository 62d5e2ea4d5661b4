// A `new C()` site whose constructor binding later holds +0, -0 or other
// non-constructors: the site's cache (empty = 0) must never match a number.
class B {
  constructor() {
    this.k = 1;
  }
}
class D extends B {
  constructor() {
    super();
    this.k = 2;
  }
}
let C = B;
function make() {
  try {
    return new C().k;
  } catch (e) {
    return e.constructor.name + ": " + e.message;
  }
}
console.log(make());
for (const v of [0, -0, 1, null, undefined, "B", {}, () => 1, D, B, 0]) {
  C = v;
  console.log(String(v).slice(0, 10), make());
}
function fresh() {
  let F = 0;
  try {
    return new F();
  } catch (e) {
    return e.message;
  }
}
console.log(fresh());
