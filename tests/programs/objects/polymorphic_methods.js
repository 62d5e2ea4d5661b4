// Method calls on receivers of many classes: the inline cache's other
// entries are checked inline; prototype changes, own methods, accessors and
// primitives must still be seen.
class A { step() { return "A"; } }
class B { step() { return "B"; } }
class C { step() { return "C"; } }
class D extends C { }
const own = { step() { return "own"; } };
const viaGetter = { get step() { return () => "getter"; } };
const objs = [new A(), new B(), new C(), new D(), own, viaGetter];
function run(list) {
  const out = [];
  for (const o of list) out.push(o.step());
  return out.join(" ");
}
for (let i = 0; i < 3; i++) console.log(run(objs));
// Replace a method on one prototype, shadow one with an own property,
// then change a prototype link.
B.prototype.step = function () { return "B2"; };
console.log(run(objs));
objs[2].step = () => "own C";
console.log(run(objs));
Object.setPrototypeOf(objs[3], A.prototype);
console.log(run(objs));
delete C.prototype.step;
try { console.log(run(objs)); } catch (e) { console.log(e.constructor.name, e.message); }
// Primitive receivers of a polymorphic method call.
Number.prototype.step = function () { return "num " + this; };
String.prototype.step = function () { return "str " + this; };
console.log(run([1, "s", new A(), 2.5, "t"]));
for (const v of [null, undefined, {}]) {
  try { v.step(); } catch (e) { console.log(e.message); }
}
// Own data properties read after accessors were recorded for the same name.
function read(o) { return o.v; }
const shapes = [{ v: 1 }, { get v() { return 2; } }, Object.create({ v: 3 }), Object.create({ get v() { return 4; } })];
let s = "";
for (let r = 0; r < 3; r++) for (const o of shapes) s += read(o);
console.log(s);
