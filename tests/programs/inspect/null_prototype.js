// Objects without a prototype print with the [Object: null prototype] prefix.
const empty = Object.create(null);
console.log(empty);
const full = Object.create(null);
full.a = 1;
full.b = "two";
console.log(full);
console.log([empty, full]);
console.log({ inner: full });
const lit = { __proto__: null, x: 1 };
console.log(lit);
const nested = Object.create(null);
nested.child = Object.create(null);
nested.child.grand = Object.create(null);
nested.child.grand.deepest = Object.create(null);
console.log(nested);
const wide = Object.create(null);
for (let i = 0; i < 10; i++) wide["key" + i] = i;
console.log(wide);
// a plain object whose prototype is later removed
const cut = { k: 1 };
Object.setPrototypeOf(cut, null);
console.log(cut);
// prototype objects of classes and functions
class P { m() {} }
console.log(P.prototype);
console.log(Object.getPrototypeOf(new P()) === P.prototype);
function F() {}
console.log(F.prototype);
// Object.create of a plain object with no constructor override
const plainChild = Object.create({ inherited: 1 });
console.log(plainChild);
