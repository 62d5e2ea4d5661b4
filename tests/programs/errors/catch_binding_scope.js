// Scope of the catch parameter.
var e = "global e";
try { throw "thrown"; } catch (e) {
  console.log("inside:", e);
  e = "reassigned";
  console.log("after assign:", e);
}
console.log("outside:", e);
// var declared inside catch hoists to function scope
function hoist() {
  try { throw 1; } catch (err) { var inner = "from catch " + err; }
  return inner;
}
console.log(hoist());
// closures capture the catch binding
const fns = [];
for (let i = 0; i < 3; i++) {
  try { throw i * 10; } catch (v) { fns.push(function () { return v; }); }
}
console.log(fns.map(function (f) { return f(); }).join(","));
// closure sees later writes to the catch binding
let getter;
try { throw 1; } catch (x) {
  getter = function () { return x; };
  x = 2;
}
console.log("closure sees", getter());
// let inside catch block is block scoped
let shadow = "outer";
try { throw 0; } catch (z) { let shadow = "inner"; console.log(shadow, z); }
console.log(shadow);
// catch parameter shadows a function parameter
function param(e) {
  try { throw "caught"; } catch (e) { return e; }
}
console.log(param("arg"));
function param2(e) {
  try { throw "caught"; } catch (e) { e = "x"; }
  return e;
}
console.log(param2("arg kept"));
// arrow captured in catch with this
const obj = {
  tag: "obj",
  run: function () {
    try { throw "!"; } catch (s) { return (() => this.tag + s)(); }
  },
};
console.log(obj.run());
// typeof of catch param for different thrown values
const kinds = [];
const things = [1, "s", null, undefined, {}, [], true, function () {}];
for (let i = 0; i < things.length; i++) {
  try { throw things[i]; } catch (t) { kinds.push(typeof t); }
}
console.log(kinds.join(" "));
