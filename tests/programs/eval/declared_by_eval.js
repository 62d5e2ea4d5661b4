// A var that only eval code declares exists once the eval has run: before
// that its name denotes the outer binding (or is not defined); `delete`
// removes it again.
var x = 'outer x';
function f() {
  var before = x;
  var t1 = typeof y;
  eval('var x = "eval x"; var y = 2');
  var after = x;
  return [before, t1, after, typeof y, y];
}
console.log(f());
function g() {
  var read = () => z;
  try { read(); } catch (e) { console.log(e.constructor.name, e.message); }
  eval('var z = "declared"');
  console.log(read());
  console.log(delete z, typeof z);
  try { read(); } catch (e) { console.log(e.constructor.name, e.message); }
}
g();
function h(flag) {
  if (flag) eval('var w = "w"');
  return typeof w;
}
console.log(h(true), h(false));
function k() {
  eval('function decl() { return "decl"; }');
  return decl();
}
console.log(k());
function m() {
  var v = 'own var';
  eval('var v = "eval v"');
  return v;
}
console.log(m());
var initial = null, postDeletion;
(function() {
  eval('initial = q; delete q; postDeletion = function() { q; }; var q;');
}());
console.log(initial);
try { postDeletion(); } catch (e) { console.log(e.constructor.name, e.message); }
