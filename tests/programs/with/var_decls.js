// var declarations in a with body hoist to the function, but their
// initialisers assign through the object when it has the name.
function f() {
  var o = { x: 1 };
  with (o) {
    var x = 2;
    var y = 3;
  }
  return [o.x, x, o.y, y];
}
console.log(f());
function g() {
  console.log(typeof v);
  with ({ v: 'object v' }) {
    var v = 'assigned';
  }
  return v;
}
console.log(g());
// Destructuring declarations and for-in/for-of heads.
function h() {
  var o = { a: 0, k: 'old' };
  with (o) {
    var { a, b } = { a: 'A', b: 'B' };
    for (var k in { first: 1 }) {}
    for (var m of ['M']) {}
  }
  return [o.a, a, b, o.k, k, m];
}
console.log(h());
// let, const, class and functions inside the body are block bindings.
var o2 = { l: 'object l', C: 'object C', fn: 'object fn' };
with (o2) {
  let l = 'block l';
  const k = 'block k';
  class C {}
  function fn() { return 'block fn'; }
  console.log(l, k, typeof C, fn());
}
console.log(o2.l, o2.C, o2.fn);
// Assignment patterns.
var p = { u: 1 };
var v2;
with (p) {
  [u, v2] = ['U', 'V'];
  ({ u } = { u: 'U2' });
}
console.log(p.u, v2, typeof u);
