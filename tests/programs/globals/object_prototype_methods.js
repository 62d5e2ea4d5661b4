// Object.prototype methods: hasOwnProperty, isPrototypeOf, propertyIsEnumerable, valueOf, toLocaleString.
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = 1;
o[5] = "five";
Object.defineProperty(o, "hidden", { value: 1, enumerable: false });
console.log(o.hasOwnProperty("own"), o.hasOwnProperty("inherited"), o.hasOwnProperty("hidden"), o.hasOwnProperty(5), o.hasOwnProperty("5"));
console.log(o.propertyIsEnumerable("own"), o.propertyIsEnumerable("hidden"), o.propertyIsEnumerable("inherited"), o.propertyIsEnumerable(5));
console.log([1].propertyIsEnumerable(0), [1].propertyIsEnumerable("length"), "s".propertyIsEnumerable ? "str".propertyIsEnumerable(0) : "n/a");
console.log(proto.isPrototypeOf(o), o.isPrototypeOf(proto), Object.prototype.isPrototypeOf(o), proto.isPrototypeOf(5));
// key coercion
const keyObj = { toString() { return "own"; } };
console.log(o.hasOwnProperty(keyObj), o.hasOwnProperty(undefined), ({ undefined: 1 }).hasOwnProperty());
// called on primitives via call
const hop = Object.prototype.hasOwnProperty;
console.log(hop.call("abc", 1), hop.call("abc", "length"), hop.call(5, "x"));
try { hop.call(null, "x"); } catch (e) { console.log(e.constructor.name, e.message); }
try { hop.call(undefined, "x"); } catch (e) { console.log(e.constructor.name, e.message); }
// valueOf returns the object itself
const v = { a: 1 };
console.log(v.valueOf() === v, [1].valueOf().length, typeof Object.prototype.valueOf.call(5), Object.prototype.valueOf.call("s") instanceof String);
try { Object.prototype.valueOf.call(null); } catch (e) { console.log(e.constructor.name, e.message); }
// toLocaleString calls toString
const custom = { toString() { return "custom toString"; } };
console.log(custom.toLocaleString(), ({}).toLocaleString(), [1, 2].toLocaleString(), (1234.5).toFixed(1));
// toString
console.log(({}).toString(), Object.prototype.toString.call([1, 2]), [1, 2].toString());
// overriding on the prototype affects all objects
const original = Object.prototype.toString;
Object.prototype.describe = function () { return "I have " + Object.keys(this).length + " keys"; };
console.log(({ a: 1, b: 2 }).describe(), [1, 2, 3].describe());
const seen = [];
for (const k in { own: 1 }) seen.push(k);
console.log(seen.join(","));
delete Object.prototype.describe;
console.log(typeof ({}).describe, Object.prototype.toString === original);
// method properties are non-enumerable
const desc = Object.getOwnPropertyDescriptor(Object.prototype, "hasOwnProperty");
console.log(desc.enumerable, desc.writable, desc.configurable, typeof desc.value);
// lengths
console.log(hop.length, Object.prototype.isPrototypeOf.length, Object.prototype.propertyIsEnumerable.length, Object.prototype.toString.length, Object.prototype.valueOf.length);
// constructor property
console.log(({}).constructor === Object, [].constructor === Array, (function () {}).constructor === Function, (5).constructor === Number, "".constructor === String);
