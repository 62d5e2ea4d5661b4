// Assorted TypeErrors raised by operators and class features.
function report(label, f) {
  try {
    console.log(label, "-> ok:", f());
  } catch (e) {
    console.log(label, "->", e.constructor.name + ":", e.message);
  }
}
report("x instanceof 5", function () { return ({}) instanceof 5; });
report("x instanceof {}", function () { return ({}) instanceof {}; });
report("x instanceof arrow", function () { const a = () => {}; return ({}) instanceof a; });
report("null instanceof Object", function () { return null instanceof Object; });
report("'k' in 'string'", function () { return "k" in "string"; });
report("'k' in null", function () { return "k" in null; });
report("private read on foreign object", function () {
  class A { #x = 1; static read(o) { return o.#x; } }
  return A.read({});
});
report("private write on foreign object", function () {
  class A { #x = 1; static write(o) { o.#x = 2; } }
  return A.write({});
});
report("private method on foreign object", function () {
  class A { #m() { return 1; } static call(o) { return o.#m(); } }
  return A.call({});
});
report("#x in foreign object", function () {
  class A { #x = 1; static has(o) { return #x in o; } }
  return A.has({}) + "/" + A.has(new A());
});
report("#x in primitive", function () {
  class A { #x = 1; static has(o) { return #x in o; } }
  return A.has(5);
});
report("super method missing", function () {
  class B {}
  class C extends B { m() { return super.missing(); } }
  return new C().m();
});
report("defineProperty getter and value", function () {
  return Object.defineProperty({}, "p", { get: function () { return 1; }, value: 2 });
});
report("defineProperty getter not function", function () {
  return Object.defineProperty({}, "p", { get: 5 });
});
report("Object.defineProperty descriptor not object", function () {
  return Object.defineProperty({}, "p", 5);
});
report("Object.freeze then push", function () { const a = Object.freeze([1]); a.push(2); return a.length; });
report("Object.freeze then pop", function () { const a = Object.freeze([1]); return a.pop(); });
report("String.prototype.startsWith non-regexp is fine", function () { return "abc".startsWith("a"); });
report("Number.prototype.toFixed on string", function () { return Number.prototype.toFixed.call("1"); });
report("Array.prototype.join on null via call", function () { return Array.prototype.join.call(null); });
report("new.target check", function () {
  function OnlyNew() { if (!new.target) throw new TypeError("OnlyNew must be called with new"); this.ok = true; }
  const made = new OnlyNew();
  OnlyNew();
  return made;
});
report("getter on frozen class prototype", function () {
  class P { get v() { return 1; } }
  Object.freeze(P.prototype);
  const p = new P();
  p.v = 2;
  return p.v;
});
report("static method on instance", function () {
  class S { static make() { return 1; } }
  return new S().make();
});
report("calling a getter result", function () {
  const o = { get g() { return 42; } };
  return o.g();
});
report("Math.max on objects is fine", function () { return Math.max({}, 1); });
report("Number(obj with bad valueOf)", function () {
  return Number({ valueOf: function () { return {}; }, toString: function () { return {}; } });
});
report("String(obj without primitive)", function () {
  return String({ toString: function () { return {}; }, valueOf: function () { return {}; } });
});
report("Object.create(null) + ''", function () { return Object.create(null) + ""; });
