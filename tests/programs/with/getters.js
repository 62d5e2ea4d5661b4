// Getters and setters on the with object run on each access.
var count = 0;
var o = {
  get g() { count++; return count; },
  set s(v) { console.log('set s', v); },
  get s() { return 'read s'; },
};
with (o) {
  console.log(g, g, g + g);
  s = 1;
  s += '!';
}
// A property deleted by the right side of an assignment: V8 looks the
// name up after evaluating it.
var t = { x: 1 };
var x = 'outer';
with (t) {
  x = (delete t.x, 'rhs');
}
console.log(t.x, x);
t = { x: 1 };
x = 10;
with (t) {
  x += (delete t.x, 5);
}
console.log(t.x, x);
var t2 = {};
x = 'outer';
with (t2) {
  x = (t2.x = 'added', 'assigned');
}
console.log(t2.x, x);
// A getter that throws.
var thrower = { get boom() { throw new TypeError('boom getter'); } };
with (thrower) {
  try { boom; } catch (e) { console.log(e.message); }
}
// A read-only property: sloppy writes are ignored, strict ones throw.
var frozen = Object.freeze({ r: 'ro' });
with (frozen) {
  r = 'changed';
  console.log(r);
  (function () {
    'use strict';
    try { r = 'changed'; } catch (e) { console.log(e.constructor.name, e.message); }
  })();
}
