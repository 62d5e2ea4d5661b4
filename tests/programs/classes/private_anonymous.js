// Private names of anonymous classes made by a factory: each evaluation of the
// class has its own names, so one class's methods reject the other's instances.
function classfactory(tag) {
  return class {
    #x = tag;
    static #count = 0;
    constructor() { this.constructor.bump(); }
    static bump() { return ++this.#count; }
    static count() { return this.#count; }
    get x() { return this.#x; }
    set(v) { this.#x = v; return this.#x; }
    has(o) { return #x in o; }
  };
}
const C1 = classfactory("one");
const C2 = classfactory("two");
const a = new C1(), b = new C1(), c = new C2();
console.log(a.x, b.x, c.x, C1.count(), C2.count());
console.log(a.set(5), a.x, a.has(b), a.has(c), c.has(a));
try { a.set.call(c, 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.getOwnPropertyDescriptor(C1.prototype, "x").get.call(c); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(C1.name, C2.name, typeof C1, Object.keys(a).length);
