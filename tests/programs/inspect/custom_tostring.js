// Objects with custom toString in string concatenation, join, keys; console.log still inspects them.
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  toString() { return "Vec(" + this.x + ", " + this.y + ")"; }
}
const v = new Vec(1, 2);
console.log("vector: " + v);
console.log(`vector: ${v}`);
console.log("vector:", v);
console.log([v, new Vec(3, 4)].join(" -> "));
console.log(String([v]), [v] + "");
console.log({ v: v });
const obj = {};
obj[v] = "keyed by toString";
console.log(Object.keys(obj)[0], obj["Vec(1, 2)"]);
// %s with primitive arguments
console.log("%s and %s", "text", 42);
// toString returning non-string primitives
const numToString = { toString() { return 123; } };
console.log("n=" + numToString, String(numToString), typeof String(numToString), `${numToString}`);
const boolToString = { toString() { return true; } };
console.log(String(boolToString) + "!", boolToString + 1);
const nullToString = { toString() { return null; } };
console.log(String(nullToString), nullToString + "x");
// overriding Object.prototype.toString on a single object
const custom = { toString: () => "arrow toString" };
console.log("" + custom);
// toString via a getter
const viaGetter = { get toString() { return () => "getter-provided"; } };
console.log(`${viaGetter}`);
// toString that throws
const throwing = { toString() { throw new Error("toString exploded"); } };
try { "" + throwing; } catch (e) { console.log(e.message); }
try { [throwing].join(); } catch (e) { console.log(e.message); }
try { `${throwing}`; } catch (e) { console.log(e.message); }
// toString: non-callable falls back to valueOf
const notCallable = { toString: 5, valueOf() { return "valueOf used"; } };
console.log(String(notCallable));
// Object.prototype.toString applied to various objects
const ts = Object.prototype.toString;
console.log(ts.call(v), ts.call([]), ts.call(function () {}), ts.call(new Error("e")), ts.call(null), ts.call(undefined));
// Array toString with custom element toString and nested arrays
const nested = [1, [v, [new Vec(0, 0)]], "end"];
console.log(String(nested));
// string concatenation in a loop with objects
let acc = "";
const items = [new Vec(1, 1), new Vec(2, 2), new Vec(3, 3)];
for (let i = 0; i < items.length; i++) acc += items[i] + (i < items.length - 1 ? "; " : "");
console.log(acc);
// toString on functions defined as methods of classes is unaffected
console.log(typeof Vec.prototype.toString, Vec.prototype.hasOwnProperty("toString"));
