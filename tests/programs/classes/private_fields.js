// Private fields: per-instance storage, not visible as properties, brand checks, static privates.
class Counter {
  #count = 0;
  static #instances = 0;
  constructor() { Counter.#instances++; }
  inc() { return ++this.#count; }
  get value() { return this.#count; }
  static instances() { return Counter.#instances; }
  equals(other) { return this.#count === other.#count; }
  static peek(obj) { return obj.#count; }
}
const a = new Counter(), b = new Counter();
a.inc(); a.inc(); b.inc();
console.log(a.value, b.value, Counter.instances(), a.equals(b));
b.inc();
console.log(a.equals(b), Counter.peek(a));
console.log(Object.keys(a).length, Object.getOwnPropertyNames(a).length, "#count" in a, a["#count"]);
// accessing on a foreign object throws a TypeError
try { Counter.peek({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { a.equals({}); } catch (e) { console.log(e.constructor.name, e.message); }
// private names are per class, same name in two classes is distinct
class Other { #count = "other"; static read(o) { return o.#count; } }
try { Other.read(a); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Other.read(new Other()));
// private field initialisers can use this and earlier fields
class Init {
  #a = 1;
  #b = this.#a + 1;
  pub = this.#b * 10;
  read() { return [this.#a, this.#b, this.pub].join(","); }
}
console.log(new Init().read());
// private fields can be assigned objects and updated with compound operators
class Bag {
  #items = [];
  #total = 0;
  add(x) { this.#items.push(x); this.#total += x; this.#total *= 1; return this; }
  summary() { return this.#items.length + " items, total " + this.#total; }
}
console.log(new Bag().add(3).add(4).summary());
// private field in subclasses: each class has its own slot
class Base { #id = "base"; baseId() { return this.#id; } }
class Sub extends Base { #id = "sub"; subId() { return this.#id; } }
const s = new Sub();
console.log(s.baseId(), s.subId());
// private fields are not copied by spread/assign
class Secret { #hidden = 42; visible = 1; reveal(o) { try { return o.#hidden; } catch (e) { return "no #hidden: " + e.constructor.name; } } }
const sec = new Secret();
const copy = Object.assign({}, sec);
console.log(Object.keys(copy).join(","), sec.reveal(sec), sec.reveal(copy));
// static private methods and fields used by static public methods
class Id {
  static #next = 1;
  static #format(n) { return "id-" + n; }
  static make() { return Id.#format(Id.#next++); }
}
console.log(Id.make(), Id.make(), Id.make());
// private field write on a frozen object still works (not a property)
class Frozen { #v = 1; constructor() { Object.freeze(this); } bump() { this.#v++; return this.#v; } }
console.log(new Frozen().bump());
