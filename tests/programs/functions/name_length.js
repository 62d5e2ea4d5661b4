// Function name and length properties for declarations, expressions, arrows, methods, accessors.
function decl(a, b, c) {}
const expr = function (a) {};
const namedExpr = function inner(a, b) {};
const arrow = (x, y) => x;
const noParams = () => {};
console.log(decl.name, decl.length, expr.name, expr.length, namedExpr.name, namedExpr.length);
console.log(arrow.name, arrow.length, noParams.name, noParams.length);
let assigned;
assigned = function () {};
console.log(JSON_name(assigned));
function JSON_name(f) { return "[" + f.name + "]"; }
const obj = {
  method() {},
  prop: function () {},
  arrowProp: () => {},
  ["comp" + "uted"]: function () {},
  get acc() { return 1; },
  set acc(v) {},
  123: function () {},
};
console.log(obj.method.name, obj.prop.name, obj.arrowProp.name, obj.computed.name, obj[123].name);
const desc = Object.getOwnPropertyDescriptor(obj, "acc");
console.log(desc.get.name, desc.set.name, desc.get.length, desc.set.length);
class K { m() {} static s() {} get g() { return 1; } }
console.log(K.name, K.prototype.m.name, K.s.name, Object.getOwnPropertyDescriptor(K.prototype, "g").get.name);
console.log(K.length, class { constructor(a, b) {} }.length);
// name and length descriptors
const dn = Object.getOwnPropertyDescriptor(decl, "name");
const dl = Object.getOwnPropertyDescriptor(decl, "length");
console.log(dn.value, dn.writable, dn.enumerable, dn.configurable);
console.log(dl.value, dl.writable, dl.enumerable, dl.configurable);
// assignment is ignored (non-writable) but defineProperty works
decl.name = "renamed";
decl.length = 99;
console.log(decl.name, decl.length);
Object.defineProperty(decl, "name", { value: "redefined" });
console.log(decl.name);
// anonymous functions passed directly have empty names
function nameOf(f) { return JSON_name(f); }
console.log(nameOf(function () {}), nameOf(() => {}), (function () {}).name === "", (() => {}).name === "");
// names of built-ins
console.log(Math.max.name, Math.max.length, [].push.name, [].push.length, Object.keys.name, parseInt.name, parseInt.length);
console.log(String.name, Number.name, Object.name, Array.name, Function.name, Error.name, TypeError.name);
console.log(Function.prototype.name === "", Function.prototype.length);
// bound functions
console.log(decl.bind(null).name, decl.bind(null, 1).length, decl.bind(null, 1, 2, 3, 4).length);
// length of a two-parameter function
function dup(a, b) { return a + b; }
console.log(dup.length, dup(1, 2));
// names of variables holding functions through const/let/var
var v1 = function () {}; let l1 = () => {}; const c1 = function () {};
console.log(v1.name, l1.name, c1.name);
// short-circuit / ternary keeps the name only for direct anonymous function assignments
const viaOr = null || function () {};
const viaTernary = true ? function () {} : null;
console.log(JSON_name(viaOr), JSON_name(viaTernary));
