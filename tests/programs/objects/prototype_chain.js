// Prototype chains: lookup, shadowing, assignment creates own properties, chain changes are live.
const animal = { kind: "animal", legs: 4, describe() { return this.name + " is a " + this.kind + " with " + this.legs + " legs"; } };
const bird = Object.create(animal);
bird.kind = "bird";
bird.legs = 2;
const tweety = Object.create(bird);
tweety.name = "Tweety";
const rex = Object.create(animal);
rex.name = "Rex";
console.log(tweety.describe());
console.log(rex.describe());
console.log(Object.getPrototypeOf(tweety) === bird, Object.getPrototypeOf(bird) === animal);
console.log(Object.getPrototypeOf(animal) === Object.prototype, Object.getPrototypeOf(Object.prototype));
// live changes to the prototype are seen by all descendants
animal.sound = "generic";
console.log(tweety.sound, rex.sound);
bird.sound = "tweet";
console.log(tweety.sound, rex.sound);
delete bird.sound;
console.log(tweety.sound);
// assignment creates an own property on the receiver, the prototype is unchanged
tweety.legs = 1;
console.log(tweety.legs, bird.legs, tweety.hasOwnProperty("legs"));
// setter on the prototype is called with the receiver as this
const withSetter = { set val(v) { this._val = "set:" + v; }, get val() { return this._val; } };
const inst = Object.create(withSetter);
inst.val = 3;
console.log(inst.val, inst.hasOwnProperty("_val"), inst.hasOwnProperty("val"), withSetter._val);
// deep chain
let obj = { depth: 0, top: "top" };
for (let i = 1; i <= 50; i++) {
  const next = Object.create(obj);
  next.depth = i;
  obj = next;
}
console.log(obj.depth, obj.top, "top" in obj, obj.hasOwnProperty("top"));
let count = 0;
for (let p = obj; p !== null; p = Object.getPrototypeOf(p)) count++;
console.log("chain length", count);
// setPrototypeOf changes lookups
const x = { a: "x" };
const y = { b: "y" };
const z = Object.create(x);
console.log(z.a, z.b);
Object.setPrototypeOf(z, y);
console.log(z.a, z.b);
// cycles are rejected
try { Object.setPrototypeOf(x, z); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.setPrototypeOf(y, y); } catch (e) { console.log(e.constructor.name, e.message); }
// methods from Object.prototype through a chain
console.log(typeof tweety.toString, tweety.toString(), tweety.constructor === Object);
// shadowing a method with a data property
const shadow = Object.create(animal);
shadow.describe = "not a function";
try { shadow.describe(); } catch (e) { console.log(e.constructor.name, e.message); }
// a prototype with a getter that depends on own properties
const shape = { get area() { return this.w * this.h; } };
const r1 = Object.create(shape); r1.w = 2; r1.h = 3;
const r2 = Object.create(shape); r2.w = 5; r2.h = 5;
console.log(r1.area, r2.area);
// __proto__ accessor basic use
console.log(r1.__proto__ === shape, {}.__proto__ === Object.prototype);
