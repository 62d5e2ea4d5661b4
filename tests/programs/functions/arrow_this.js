// Arrow functions capture this (and arguments) lexically; call/apply/bind cannot change it.
const obj = {
  name: "obj",
  regular() { return [1, 2].map(function () { return this; }); },
  arrow() { return [1, 2].map(() => this.name); },
  delayed() { const f = () => this.name; return f; },
  nested() { return () => () => () => this.name; },
};
const r = obj.regular();
console.log(r[0] === globalThis, obj.arrow().join(","), obj.delayed()(), obj.nested()()()());
const f = obj.delayed();
const other = { name: "other", f: f };
console.log(f.call(other), f.apply(other), f.bind(other)(), other.f());
// arrow defined in a constructor
function Timer() {
  this.ticks = 0;
  this.tick = () => { this.ticks++; return this.ticks; };
}
const t = new Timer();
const tick = t.tick;
tick(); tick();
console.log(t.ticks, tick.call({ ticks: 100 }));
// arrow at the function level in strict code
function strictOuter() { "use strict"; return (() => this)(); }
console.log(strictOuter(), strictOuter.call("s"), typeof strictOuter.call(5));
function sloppyOuter() { return (() => this)(); }
console.log(sloppyOuter() === globalThis, typeof sloppyOuter.call(5));
// arrows in class methods and fields
class Button {
  constructor(label) { this.label = label; }
  onClick = () => "clicked " + this.label;
  handler() { return [1].map(() => this.label)[0]; }
}
const b = new Button("OK");
const click = b.onClick;
console.log(click(), b.handler(), click.call({ label: "other" }));
// arguments in arrows is the enclosing function's
function outer(a, b) { const g = () => arguments.length + ":" + arguments[0]; return g("x", "y", "z"); }
console.log(outer(10, 20));
// arrows are not constructors and have no prototype
const A = () => {};
try { new A(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(A.prototype, typeof A);
// this captured at creation time, not call time
const makers = [];
const o1 = { id: 1, make() { return () => this.id; } };
const o2 = { id: 2, make: o1.make };
makers.push(o1.make(), o2.make());
console.log(makers[0](), makers[1]());
// arrow returning object literal
const mk = (x) => ({ x: x });
console.log(mk(5).x);
// counter objects with arrow methods sharing this
function Counter() {
  this.n = 0;
  this.inc = () => ++this.n;
  this.dec = () => --this.n;
}
const c = new Counter();
const inc = c.inc, dec = c.dec;
inc(); inc(); inc(); dec();
console.log(c.n);
