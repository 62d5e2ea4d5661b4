// class extends null: prototype chain without Object.prototype, constructor behaviour.
class Bare extends null {
  constructor() {
    return Object.create(Bare.prototype);
  }
  hello() { return "bare hello"; }
}
const b = new Bare();
console.log(b.hello(), Object.getPrototypeOf(Bare.prototype), typeof b.toString, "hasOwnProperty" in b);
console.log(b instanceof Bare, b instanceof Object, Object.getPrototypeOf(Bare) === Function.prototype);
// the default constructor of extends null throws when called
class NoCtor extends null {}
try { new NoCtor(); } catch (e) { console.log(e.constructor.name, e.message); }
// super() in extends null throws
class WithSuper extends null { constructor() { super(); } }
try { new WithSuper(); } catch (e) { console.log(e.constructor.name, e.message); }
// methods still work through call
console.log(NoCtor.prototype.constructor === NoCtor, Object.getPrototypeOf(NoCtor.prototype));
NoCtor.prototype.value = 42;
const inst = Object.create(NoCtor.prototype);
console.log(inst.value, inst instanceof NoCtor);
// dictionary-like class over a null prototype
class Dict extends null {
  constructor() { const o = Object.create(Dict.prototype); o.size = 0; return o; }
  set(k, v) { if (!Object.prototype.hasOwnProperty.call(this, k)) this.size++; this[k] = v; return this; }
}
const d = new Dict();
d.set("toString", 1).set("constructor", 2).set("toString", 3);
console.log(d.size, d.toString, d.constructor);
try { String(d); } catch (e) { console.log(e.constructor.name, e.message); }
// statics still inherited from Function.prototype
console.log(typeof Dict.call, Dict.name, Dict.length);
