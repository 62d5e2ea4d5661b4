// Property reads on primitives (`s.charCodeAt`, `n.toFixed`) are cached per
// site like prototype hits on objects: every change to the prototypes must
// still be seen.
function method(p, name) {
  return p[name];
}
function read(p) {
  return p.describe;
}
function code(s, i) {
  return s.charCodeAt(i);
}
function len(p) {
  return p.length;
}

let sum = 0;
for (let i = 0; i < 100; i++) sum += code("kiln", i % 4);
console.log(sum);

// One site, receivers of several types (and an object).
const seen = [];
for (const p of ["str", 42, true, { length: 7 }, "xy", 3.5]) seen.push(len(p));
console.log(seen);

// Methods replaced, shadowed and deleted after the site has cached them.
String.prototype.describe = function () { return "string " + this; };
Number.prototype.describe = function () { return "number " + this; };
const out = [];
for (let i = 0; i < 3; i++) out.push(read("a").call("a"), read(i).call(i));
console.log(out.join(", "));
for (let i = 0; i < 5; i++) read("warm");
String.prototype.describe = function () { return "replaced"; };
console.log(read("b").call("b"));
Object.defineProperty(String.prototype, "describe", {
  get() { return () => "getter " + typeof this; },
  configurable: true,
});
console.log(read("c")());
delete String.prototype.describe;
console.log(read("d"));
Object.prototype.describe = "from Object.prototype";
console.log(read("e"), read(1), read(false));
delete Object.prototype.describe;
delete Number.prototype.describe;
console.log(read("f"), read(2));

// Builtins through the same path.
const fixed = [];
for (let i = 0; i < 4; i++) fixed.push((i / 3).toFixed(2), method(i, "toString").call(i, 2));
console.log(fixed);
console.log(typeof method("x", "slice"), method(true, "valueOf").call(false));

// Symbols and their description getter.
const sym = Symbol("tag");
for (let i = 0; i < 3; i++) console.log(sym.description, sym.toString());
