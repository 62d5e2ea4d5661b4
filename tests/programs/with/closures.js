// Functions created inside a with body look names up in the object each
// time they run, and keep the object alive after the statement ends.
function make(o) {
  var getters = [];
  with (o) {
    getters.push(function () { return x; });
    getters.push(() => y);
    function inner() { return x + y; }
    getters.push(inner);
  }
  return getters;
}
var x = 'global x', y = 'global y';
var obj = { x: 1, y: 2 };
var gs = make(obj);
console.log(gs.map(function (g) { return g(); }));
obj.x = 10;
delete obj.y;
console.log(gs.map(function (g) { return g(); }));
obj.y = 'back';
console.log(gs[2]());

// A counter kept in the object: closures write through it.
function counter() {
  var state = { n: 0 };
  var inc;
  with (state) {
    inc = function () { n++; return n; };
  }
  return { inc: inc, state: state };
}
var c = counter();
c.inc(); c.inc();
console.log(c.inc(), c.state.n);

// Closures in a loop: one with object per iteration.
var fs = [];
for (var i = 0; i < 3; i++) {
  with ({ i: i * 10 }) {
    fs.push(function () { return i; });
  }
}
console.log(fs.map(function (f) { return f(); }), i);

// Local variables of the enclosing function stay reachable.
function locals() {
  var a = 'local a';
  var b = 1;
  with ({ a: 'object a' }) {
    var read = function () { return [a, b]; };
    b = 2;
  }
  b = 3;
  return read();
}
console.log(locals());
