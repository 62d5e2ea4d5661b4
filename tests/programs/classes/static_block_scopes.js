// Each static block has its own `var` scope.
var v = 'outer';
var seen = [];
class C {
  static {
    var v = 'first';
    seen.push(v);
  }
  static {
    seen.push(v);
    var w = typeof v;
    seen.push(w);
  }
  static x = v;
}
console.log(seen, C.x, v, typeof w);
