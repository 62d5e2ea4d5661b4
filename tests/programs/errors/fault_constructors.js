// new on non-constructors, and calling classes without new.
function report(label, f) {
  try {
    const r = f();
    console.log(label, "-> ok:", typeof r);
  } catch (e) {
    console.log(label, "->", e.constructor.name + ":", e.message);
  }
}
const obj = { method() { return 1; }, arrow: () => 2, value: 3, fn: function () { this.made = true; } };
const notCtor = 5;
report("new notCtor", function () { return new notCtor(); });
report("new obj.value", function () { return new obj.value(); });
report("new obj.method", function () { return new obj.method(); });
report("new obj.arrow", function () { return new obj.arrow(); });
report("new obj.fn", function () { return new obj.fn(); });
report("new obj.missing", function () { return new obj.missing(); });
const arrow = () => {};
report("new arrow", function () { return new arrow(); });
report("new Math.max", function () { return new Math.max(1, 2); });
report("new 'str'", function () { const s = "str"; return new s(); });
report("new Math", function () { return new Math(); });
class Animal { constructor(n) { this.n = n; } speak() { return "..."; } }
report("Animal()", function () { return Animal("x"); });
report("Animal.call({})", function () { return Animal.call({}, "x"); });
report("new Animal", function () { return new Animal("x"); });
report("new animal.speak", function () { return new (new Animal("a").speak)(); });
class Dog extends Animal {}
report("Dog()", function () { return Dog(); });
const Anon = class {};
report("Anon()", function () { return Anon(); });
report("anonymous class expression", function () { return (class {})(); });
// extends with a non-constructor
report("extends number", function () { const Base = 5; class C extends Base {} return C; });
report("extends null then new", function () { class C extends null {} return new C(); });
report("extends object literal", function () { class C extends { a: 1 } {} return C; });
// static method as constructor
class Factory { static create() { return new Factory(); } }
report("new Factory.create", function () { return new Factory.create(); });
report("Factory.create()", function () { return Factory.create(); });
// built-in constructors that require new
report("Array() without new is fine", function () { return Array(3); });
report("Error() without new is fine", function () { return Error("x"); });
report("Object() without new is fine", function () { return Object(); });
