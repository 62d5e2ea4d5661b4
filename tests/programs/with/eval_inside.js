// Direct eval inside a with body sees the object.
var o = { x: 'object x' };
var x = 'global x';
with (o) {
  console.log(eval('x'));
  eval('x = "set by eval"');
  eval('var y = "declared by eval"');
}
console.log(o.x, x, typeof y, o.y);
function f() {
  with ({ z: 'object z' }) {
    return eval('z + "!"');
  }
}
console.log(f());
