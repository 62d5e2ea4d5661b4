// Function.prototype.call and apply: this binding, argument passing, array-likes, errors.
function show(a, b, c) { return (this && this.tag) + ":" + a + "," + b + "," + c; }
const ctx = { tag: "ctx" };
console.log(show.call(ctx, 1, 2, 3), show.call(ctx), show.call(ctx, 1));
console.log(show.apply(ctx, [4, 5, 6]), show.apply(ctx), show.apply(ctx, null), show.apply(ctx, undefined));
console.log(show.apply(ctx, [7]), show.apply(ctx, { length: 2, 0: "x", 1: "y" }));
function argsOf() { return show.apply(ctx, arguments); }
console.log(argsOf("p", "q", "r", "s"));
// apply with holes gives undefined
console.log(show.apply(ctx, [1, , 3]));
// borrowing methods
const like = { length: 3, 0: "a", 1: "b", 2: "c" };
console.log(Array.prototype.join.call(like, "-"), Array.prototype.map.call(like, x => x.toUpperCase()).join(""));
console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null), Object.prototype.toString.call(show));
console.log(Math.max.apply(null, [3, 9, 2]), Math.min.apply(Math, [3, 9, 2]), Math.max.apply(null, []));
console.log(String.prototype.toUpperCase.call("abc"), Number.prototype.toFixed.call(3.14159, 2));
// call on call
console.log(Function.prototype.call.call(show, ctx, "cc", "dd", "ee"));
// apply with a long array
const many = [];
for (let i = 0; i < 1000; i++) many.push(i);
console.log(Math.max.apply(null, many), Array.prototype.concat.apply([], [[1], [2, 3]]).join(","));
function count() { return arguments.length; }
console.log(count.apply(null, many), count.call(null, many));
// call/apply on constructors (no new): acts like a plain call
function Pt(x) { this.x = x; return this; }
const target = {};
Pt.call(target, 5);
console.log(target.x);
// errors
try { show.apply(ctx, 5); } catch (e) { console.log(e.constructor.name, e.message); }
try { show.apply(ctx, "str"); } catch (e) { console.log(e.constructor.name, e.message); }
try { Function.prototype.call.call(5); } catch (e) { console.log(e.constructor.name, e.message); }
try { const o = { call: Function.prototype.call }; o.call(); } catch (e) { console.log(e.constructor.name, e.message); }
// strict function receives primitives and null as-is
function strictKind() { "use strict"; return this === null ? "null" : typeof this; }
console.log(strictKind.call(null), strictKind.call(undefined), strictKind.call(1), strictKind.apply("s"), strictKind.call({}));
// call with a class method and super chains
const base = { hi(n) { return "hi " + n + " from " + this.id; } };
console.log(base.hi.call({ id: "borrowed" }, 1), base.hi.apply({ id: "applied" }, [2]));
// call/apply lengths and names
console.log(Function.prototype.call.length, Function.prototype.apply.length, Function.prototype.call.name, Function.prototype.apply.name);
