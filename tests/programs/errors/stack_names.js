// Stack-trace frame names as V8 writes them: methods as `Class.method`,
// constructors as `new Class`, object-literal methods as `Object.m`, getters as
// `get g [as g]`, plain functions by name, top-level code as
// `Object.<anonymous>`. Only the function names of the program's own frames
// are printed (line and column numbers are tested elsewhere).
function names(e) {
  const out = [];
  const lines = e.stack.split("\n").slice(1);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    const name = l.indexOf(" (") >= 0 ? l.slice(3, l.indexOf(" (")) : "<top>";
    out.push(name);
    if (name === "Object.<anonymous>") break;
  }
  return out.join(" < ");
}
class Shape {
  constructor(kind) { this.kind = kind; this.created = names(new Error("ctor")); }
  describe() { return names(new Error("method")); }
  static make(kind) { return new Shape(kind); }
  get area() { return names(new Error("getter")); }
}
class Circle extends Shape {
  constructor() { super("circle"); this.own = names(new Error("derived")); }
}
const tools = {
  run(f) { const r = f(); return r; },
  helper() { return names(new Error("literal")); },
};
function outer() { const r = inner(); return r; } // not a tail call: kiln drops tail-called frames
function inner() { return names(new Error("plain")); }

console.log(new Shape("square").describe());
console.log(Shape.make("dot").created);
console.log(new Shape("x").area);
const c = new Circle();
console.log(c.created);
console.log(c.own);
console.log(tools.helper());
console.log(tools.run(function named() { return names(new Error("callback")); }));
console.log(outer());
try {
  null.x;
} catch (e) {
  console.log(e.constructor.name, names(e));
}
// A plain function called with `new` is named `new F`.
function Legacy() { this.trace = names(new Error("legacy")); }
console.log(new Legacy().trace);
