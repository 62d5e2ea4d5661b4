// Many object layouts flowing through the same property access sites.
function getX(o) { return o.x; }
function setY(o, v) { o.y = v; }
const layouts = [
  { x: 1 },
  { y: 0, x: 2 },
  { a: 0, b: 0, x: 3 },
  Object.create({ x: 4 }),
  { get x() { return 5; } },
  [6],
  function () {},
  { z: 1, x: 7, w: 2 },
];
layouts[5].x = 6;
layouts[6].x = 6.5;
let sum = 0;
for (let r = 0; r < 1000; r++) {
  for (let i = 0; i < layouts.length; i++) sum += getX(layouts[i]);
}
console.log(sum);
for (let i = 0; i < layouts.length; i++) setY(layouts[i], i);
console.log(layouts.map(o => o.y).join(","));
console.log(layouts.map(o => Object.keys(o).join("/")).join(" "));
// objects built up the same way share behaviour; a late addition diverges
function make(i) { const o = { id: i }; o.value = i * i; if (i % 10 === 0) o.tenth = true; return o; }
const many = [];
for (let i = 0; i < 1000; i++) many.push(make(i));
let vs = 0, tenths = 0;
for (let i = 0; i < many.length; i++) { vs += many[i].value; if (many[i].tenth) tenths++; }
console.log(vs, tenths, many[10].tenth, many[11].tenth);
// changing a property's type
const t = { v: 1 };
const types = [];
const vals = [1, "s", true, null, undefined, {}, [], 1.5, function () {}];
for (let i = 0; i < vals.length; i++) { t.v = vals[i]; types.push(typeof t.v); }
console.log(types.join(","));
// missing property on some layouts
function getOpt(o) { return o.opt === undefined ? "none" : o.opt; }
console.log([{ opt: 1 }, {}, { other: 2 }, { opt: 0 }, Object.create({ opt: "inh" })].map(getOpt).join(","));
// same property names, different insertion orders
const a = { p: 1, q: 2 }, b = { q: 2, p: 1 };
console.log(Object.keys(a).join(""), Object.keys(b).join(""), a.p === b.p, a.q === b.q);
// prototype method replaced mid-loop
const proto = { f() { return 1; } };
const inst = Object.create(proto);
let acc = 0;
for (let i = 0; i < 100; i++) {
  if (i === 50) proto.f = function () { return 2; };
  if (i === 75) inst.f = function () { return 3; };
  acc += inst.f();
}
console.log(acc);
