// __proto__ in object literals sets the prototype; computed/shorthand forms create own properties.
const base = { greet() { return "hi " + this.n; }, shared: "base" };
const o = { __proto__: base, n: "o" };
console.log(o.greet(), o.shared, Object.getPrototypeOf(o) === base);
console.log(Object.keys(o).join(","), o.hasOwnProperty("__proto__"));
const q = { "__proto__": base };
console.log(Object.getPrototypeOf(q) === base, Object.keys(q).length);
const nul = { __proto__: null, x: 1 };
console.log(Object.getPrototypeOf(nul), typeof nul.hasOwnProperty, nul.x);
console.log("toString" in nul, "x" in nul);
const ignored = { __proto__: 42 };
console.log(Object.getPrototypeOf(ignored) === Object.prototype);
const ignored2 = { __proto__: "str" };
console.log(Object.getPrototypeOf(ignored2) === Object.prototype);
const comp = { ["__proto__"]: base };
console.log(Object.getPrototypeOf(comp) === Object.prototype, Object.keys(comp).join(","), comp.shared);
const __proto__ = base;
const short = { __proto__ };
console.log(Object.getPrototypeOf(short) === Object.prototype, Object.keys(short).join(","));
const meth = { __proto__() { return "method"; } };
console.log(Object.getPrototypeOf(meth) === Object.prototype, meth.__proto__());
// chain of literals
const a = { a: 1 };
const b = { __proto__: a, b: 2 };
const c = { __proto__: b, c: 3 };
console.log(c.a, c.b, c.c, a.isPrototypeOf(c), b.isPrototypeOf(c), c.isPrototypeOf(a));
const keys = [];
for (const k in c) keys.push(k);
console.log(keys.join(","));
// shadowing an inherited property
c.a = 100;
console.log(c.a, b.a, a.a, Object.keys(c).join(","));
delete c.a;
console.log(c.a);
// prototype of arrays in literal
const arrProto = { __proto__: [] };
console.log(Array.isArray(arrProto), typeof arrProto.push, arrProto instanceof Array);
