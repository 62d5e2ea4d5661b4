// A function found on the with object is called with the object as `this`.
var obj = {
  name: 'obj',
  who: function () { return this === undefined ? 'undefined' : this === globalThis ? 'global' : this.name; },
  strictWho: function () { 'use strict'; return this === undefined ? 'undefined' : this.name; },
};
function who() { return this === globalThis ? 'global' : String(this); }
with (obj) {
  console.log(who(), strictWho());
  console.log(who.call('x'));
  var args = ['a'];
  console.log(who(...args));
}
// A function of the outer scope (not on the object) gets no `this`.
var other = { name: 'other' };
with (other) {
  console.log(who());
}
// A method inherited through the prototype.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  norm() { return Math.sqrt(this.x * this.x + this.y * this.y); }
}
with (new Point(3, 4)) {
  console.log(x, y, norm());
}
// Calling a missing name, and a non-function.
with ({ n: 5 }) {
  try { n(); } catch (e) { console.log(e.constructor.name, e.message); }
  try { nothing(); } catch (e) { console.log(e.constructor.name, e.message); }
}
// Math and console inside with.
with ({ Math: { max: function () { return 'fake max'; } } }) {
  console.log(Math.max(1, 2));
}
with ({ sqrt: Math.sqrt, PI: 3 }) {
  console.log(sqrt(16), PI);
}
with (Math) {
  console.log(max(1, 7, 3), floor(PI * 100));
}
// A tag of a tagged template found on the object gets it as `this`.
var tagger = { name: 'tagger', tag: function (strs, v) { return this.name + ':' + strs.join('|') + v; } };
with (tagger) {
  console.log(tag`a${1}b`);
}
