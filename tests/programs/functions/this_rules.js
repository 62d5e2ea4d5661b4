// this: method calls, plain calls (globalThis in sloppy code, undefined in strict code), detached methods.
function sloppyThis() { return this; }
function strictThis() { "use strict"; return this; }
console.log(sloppyThis() === globalThis, strictThis() === undefined, typeof strictThis());
const o = { name: "o", sloppy: sloppyThis, strict: strictThis, getName() { return this.name; } };
console.log(o.sloppy() === o, o.strict() === o, o.getName(), o["getName"]());
// detached method call loses the receiver
const detached = o.getName;
globalThis.name = "global name";
console.log(detached());
delete globalThis.name;
const strictObj = { name: "s", get() { "use strict"; return this === undefined ? "undefined this" : this.name; } };
const g = strictObj.get;
console.log(strictObj.get(), g());
// parenthesised member call keeps this; comma expression does not
console.log((o.getName)(), (0, o.sloppy)() === globalThis, (0, o.strict)());
// this for primitives: boxed in sloppy code, raw in strict code
function sloppyType() { return typeof this; }
function strictType() { "use strict"; return typeof this; }
console.log(sloppyType.call(5), strictType.call(5), sloppyType.call("s"), strictType.call("s"), sloppyType.call(true));
console.log(sloppyType.call(null), strictType.call(null), sloppyType.call(undefined), strictType.call(undefined));
console.log(sloppyThis.call(null) === globalThis, sloppyThis.call(undefined) === globalThis, strictThis.call(null));
console.log(sloppyThis.call(7) instanceof Number, sloppyThis.call(7) == 7, sloppyThis.call(7) === 7);
// method borrowed by another object
const other = { name: "other", getName: o.getName };
console.log(other.getName());
// nested functions do not inherit this
const outer = {
  v: "outer",
  run() {
    function inner() { return this === globalThis ? "inner sees global" : "inner sees " + this; }
    return inner();
  },
  runStrict() {
    "use strict";
    function inner() { return this; }
    return inner();
  },
};
console.log(outer.run(), outer.runStrict());
// this in a method on the prototype chain refers to the receiver
const base = { who() { return this.id; } };
const child = Object.create(base);
child.id = "child";
console.log(child.who(), base.who());
// this in getters/setters
const acc = { _v: 1, get v() { return this._v; } };
const accChild = Object.create(acc);
accChild._v = 2;
console.log(acc.v, accChild.v);
// this via computed member call
const key = "getName";
console.log(o[key](), other[key]());
// functions stored in arrays get the array as this
const arr = [function () { return this.length; }, 2, 3];
console.log(arr[0]());
// this in a function called as a property of a function
function host() {}
host.method = function () { return this === host; };
console.log(host.method());
// globalThis basics
console.log(typeof globalThis, globalThis === globalThis.globalThis, typeof globalThis.Math, globalThis.Array === Array);
