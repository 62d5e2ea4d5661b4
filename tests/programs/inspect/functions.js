// Functions and classes in console.log: [Function: f], [Function (anonymous)], [class A], properties.
function named() {}
console.log(named);
console.log(function () {});
console.log(() => {});
const arrow = () => {};
console.log(arrow);
const expr = function inner() {};
console.log(expr);
console.log([named, arrow, function () {}]);
console.log({ method() {}, arrowProp: () => {}, fn: function () {} });
class A {}
class B extends A {}
console.log(A);
console.log(B);
console.log(class {});
console.log(class extends A {});
const C = class Named {};
console.log(C);
console.log([A, B]);
console.log({ cls: A });
console.log(Math.max);
console.log([].push);
console.log(Object);
// functions with properties
function withProps() {}
withProps.a = 1;
withProps.b = "two";
console.log(withProps);
const anonWithProp = function () {};
anonWithProp.x = [1, 2];
console.log([anonWithProp]);
console.log({ f: withProps });
class WithStatic { static count = 3; static label = "s"; }
console.log(WithStatic);
class ExtendsWithStatic extends A { static x = 1; }
console.log(ExtendsWithStatic);
// bound functions
console.log(named.bind(null));
console.log((() => {}).bind(null));
// renamed function
function orig() {}
Object.defineProperty(orig, "name", { value: "changed" });
console.log(orig);
Object.defineProperty(orig, "name", { value: "" });
console.log(orig);
// function nested deep
console.log({ a: { b: { c: named, d: A } } });
// class extending null and a function
class N extends null {}
console.log(N);
function Base() {}
class FromFn extends Base {}
console.log(FromFn);
// function with a property holding itself
function self() {}
self.me = self;
console.log(self);
