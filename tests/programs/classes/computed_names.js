// Computed member names in classes: methods, accessors, static members, fields; evaluation order.
const prefix = "get";
let counter = 0;
function key(name) { counter++; console.log("evaluating key", name, counter); return name; }
class C {
  [prefix + "Value"]() { return "value"; }
  ["say" + "Hi"]() { return "hi"; }
  get [key("dyn")]() { return "dynamic getter"; }
  static [key("make")]() { return new C(); }
  [key("field")] = "field value";
  static [key("staticField")] = "static field";
  [1 + 1]() { return "two"; }
  ["constructor2"]() { return "not the constructor"; }
}
console.log("class defined, counter =", counter);
const c = C.make();
console.log(c.getValue(), c.sayHi(), c.dyn, c.field, C.staticField, c[2](), c.constructor2());
console.log(Object.getOwnPropertyNames(C.prototype).join(","));
console.log(Object.keys(c).join(","), counter);
// a second instance does not re-evaluate the key expressions
new C();
console.log("after second instance", counter);
// numeric and string-number names
class Nums {
  0() { return "zero"; }
  1.5() { return "one point five"; }
  "quoted name"() { return "quoted"; }
  [-1]() { return "minus one"; }
}
const n = new Nums();
console.log(n[0](), n["1.5"](), n["quoted name"](), n["-1"](), Object.getOwnPropertyNames(Nums.prototype).join("|"));
// keys converted with toString
const objKey = { toString() { return "fromObject"; } };
class WithObjKey { [objKey]() { return "object key method"; } }
console.log(new WithObjKey().fromObject());
// names of computed methods
console.log(C.prototype.getValue.name, Nums.prototype[0].name, WithObjKey.prototype.fromObject.name);
// computed key that throws aborts class definition
try {
  class Broken { [(() => { throw new Error("key failed"); })()]() {} }
} catch (e) {
  console.log(e.message);
}
// computed names in a loop-generated class
function makeClass(names) {
  const K = class {};
  for (let i = 0; i < names.length; i++) K.prototype[names[i]] = function () { return names[i] + "!"; };
  return K;
}
const Gen = makeClass(["alpha", "beta"]);
console.log(new Gen().alpha(), new Gen().beta());
// 'constructor' as a computed key is a normal method, not the constructor
class CK { ["constructor"]() { return "method named constructor"; } }
const ck = new CK();
console.log(CK.prototype.hasOwnProperty("constructor"), typeof CK.prototype.constructor, ck.constructor === CK);
