// globalThis: identity, built-ins as properties, adding and deleting globals, sloppy this.
console.log(typeof globalThis, globalThis === globalThis.globalThis, globalThis instanceof Object);
console.log(globalThis.Object === Object, globalThis.Array === Array, globalThis.Math === Math);
console.log(typeof globalThis.parseInt, globalThis.parseInt("42px"), globalThis.isNaN("x"), globalThis.NaN, globalThis.Infinity, globalThis.undefined);
// adding a property to globalThis creates a global variable
globalThis.myGlobal = "hello";
console.log(myGlobal, typeof myGlobal, "myGlobal" in globalThis);
myGlobal = "changed";
console.log(globalThis.myGlobal);
delete globalThis.myGlobal;
console.log(typeof myGlobal, "myGlobal" in globalThis);
try { myGlobal; } catch (e) { console.log(e.constructor.name, e.message); }
// sloppy functions see globalThis as this
function sloppy() { return this; }
console.log(sloppy() === globalThis);
// implicit global creation in sloppy code
function makeImplicit() { implicitGlobal = 5; }
makeImplicit();
console.log(globalThis.implicitGlobal, implicitGlobal);
const desc = Object.getOwnPropertyDescriptor(globalThis, "implicitGlobal");
console.log(desc.writable, desc.enumerable, desc.configurable);
delete globalThis.implicitGlobal;
console.log(typeof implicitGlobal);
// strict code cannot create implicit globals
function strictImplicit() { "use strict"; try { undeclaredStrict = 1; } catch (e) { return e.constructor.name + ": " + e.message; } return "created"; }
console.log(strictImplicit());
// defineProperty on globalThis
Object.defineProperty(globalThis, "constantGlobal", { value: 99, writable: false, configurable: true });
constantGlobal = 100;
console.log(constantGlobal);
function strictWrite() { "use strict"; try { constantGlobal = 1; } catch (e) { return e.constructor.name + ": " + e.message; } }
console.log(strictWrite());
delete globalThis.constantGlobal;
// built-in global value properties are non-writable
const nanDesc = Object.getOwnPropertyDescriptor(globalThis, "NaN");
console.log(nanDesc.writable, nanDesc.enumerable, nanDesc.configurable);
const infDesc = Object.getOwnPropertyDescriptor(globalThis, "undefined");
console.log(infDesc.writable, infDesc.enumerable, infDesc.configurable);
// built-in constructors are non-enumerable but writable
const objDesc = Object.getOwnPropertyDescriptor(globalThis, "Object");
console.log(objDesc.writable, objDesc.enumerable, objDesc.configurable);
// globalThis property accessed through a function
function readGlobal(name) { return globalThis[name]; }
globalThis.counter = 0;
for (let i = 0; i < 5; i++) globalThis.counter += i;
console.log(readGlobal("counter"), counter);
// globalThis is an object and can hold methods
globalThis.globalFn = function () { return "global function called, this is global: " + (this === globalThis); };
console.log(globalFn());
console.log(typeof globalThis.console.log, typeof globalThis.String);

// The global object's tag is Node's `global`.
function sloppyThis() { return String(this); }
console.log(sloppyThis(), Object.prototype.toString.call(globalThis), `${globalThis}`);
