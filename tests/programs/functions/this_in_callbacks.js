// this inside callbacks: array methods with thisArg, losing this, self = this patterns.
const counter = {
  count: 0,
  items: [1, 2, 3],
  addAllRegular() {
    this.items.forEach(function (x) { this.count += x; }, this);
    return this.count;
  },
  addAllArrow() {
    this.items.forEach(x => { this.count += x; });
    return this.count;
  },
  addAllSelf() {
    const self = this;
    this.items.forEach(function (x) { self.count += x; });
    return this.count;
  },
  addAllBound() {
    this.items.forEach(function (x) { this.count += x; }.bind(this));
    return this.count;
  },
};
console.log(counter.addAllRegular(), counter.addAllArrow(), counter.addAllSelf(), counter.addAllBound());
// callback without thisArg: sloppy gets globalThis, strict gets undefined
const sloppySeen = [];
[1].forEach(function () { sloppySeen.push(this === globalThis); });
const strictSeen = [];
[1].forEach(function () { "use strict"; strictSeen.push(this); });
console.log(sloppySeen[0], strictSeen[0]);
// thisArg with primitives
const prim = [];
[1].forEach(function () { prim.push(typeof this); }, 42);
[1].forEach(function () { "use strict"; prim.push(typeof this); }, 42);
console.log(prim.join(","));
// passing a method as a callback loses this
const greeter = {
  greeting: "hi",
  greet(name) { return (this && this.greeting ? this.greeting : "no this") + " " + name; },
};
console.log(["a", "b"].map(greeter.greet).join(" | "));
console.log(["a", "b"].map(greeter.greet, greeter).join(" | "));
console.log(["a", "b"].map(greeter.greet.bind(greeter)).join(" | "));
console.log(["a", "b"].map(n => greeter.greet(n)).join(" | "));
// higher-order function that calls the callback with a specific this
function callWith(ctx, fn) { return fn.call(ctx, "arg"); }
console.log(callWith({ tag: "ctx1" }, function (a) { return this.tag + ":" + a; }));
// sort comparator this
const sorter = { dir: -1, sort(list) { return list.sort((a, b) => this.dir * (a - b)); } };
console.log(sorter.sort([3, 1, 2]).join(","));
// reduce with an object accumulator and method callbacks
const stats = {
  total: 0,
  add(x) { this.total += x; return this; },
};
[5, 10, 15].reduce((acc, x) => acc.add(x), stats);
console.log(stats.total);
// event-emitter style
function Emitter() { this.handlers = []; }
Emitter.prototype.on = function (h) { this.handlers.push(h); return this; };
Emitter.prototype.emit = function (v) { return this.handlers.map(h => h.call(this, v)); };
const em = new Emitter();
em.on(function (v) { return this instanceof Emitter ? "emitter got " + v : "?"; }).on(v => v * 2);
console.log(em.emit(21).join(" / "));
// callbacks on prototype chain objects
const proto = { factor: 3, scale(list) { return list.map(function (x) { return x * this.factor; }, this); } };
const inst = Object.create(proto);
inst.factor = 5;
console.log(proto.scale([1, 2]).join(","), inst.scale([1, 2]).join(","));
// find with thisArg
const finder = { target: 3 };
console.log([1, 2, 3, 4].findIndex(function (x) { return x === this.target; }, finder));
