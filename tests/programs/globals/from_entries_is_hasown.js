// Object.fromEntries, Object.is and Object.hasOwn.
const fe = Object.fromEntries([["a", 1], ["b", 2], ["a", 3]]);
console.log(Object.keys(fe).join(","), fe.a, fe.b);
console.log(Object.keys(Object.fromEntries([])).length);
const numKeys = Object.fromEntries([[2, "two"], [1, "one"], ["x", "ex"]]);
console.log(Object.keys(numKeys).join(","));
const objKeys = Object.fromEntries([[{ toString() { return "custom"; } }, 1], [null, 2], [undefined, 3], [true, 4]]);
console.log(Object.keys(objKeys).join(","));
const shortEntries = Object.fromEntries([["onlyKey"], []]);
console.log(Object.keys(shortEntries).join(","), shortEntries.onlyKey, shortEntries.undefined);
try { Object.fromEntries(["ab", "cd"]); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.fromEntries([1]); } catch (e) { console.log(e.constructor.name, e.message); }
// transform an object's values
const prices = { apple: 1.2, pear: 0.8, fig: 2.5 };
const doubled = Object.fromEntries(Object.entries(prices).map(e => [e[0], e[1] * 2]));
console.log(Object.entries(doubled).map(e => e.join("=")).join(" "));
const filtered = Object.fromEntries(Object.entries(prices).filter(e => e[1] > 1));
console.log(Object.keys(filtered).join(","));
// Object.is: SameValue
const pairs = [[1, 1], [NaN, NaN], [0, -0], [-0, -0], [0, 0], ["a", "a"], [null, null], [undefined, undefined],
  [null, undefined], [{}, {}], [[], []], [1, "1"], [true, 1], [Infinity, Infinity], [-Infinity, Infinity]];
console.log(pairs.map(p => Object.is(p[0], p[1]) ? "T" : "F").join(""));
console.log(pairs.map(p => p[0] === p[1] ? "T" : "F").join(""));
const same = {};
console.log(Object.is(same, same), Object.is(), Object.is(undefined), Object.is(NaN, 0 / 0), Object.is(-0, 0 * -1));
// Object.hasOwn
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = undefined;
Object.defineProperty(o, "hidden", { value: 1 });
console.log(Object.hasOwn(o, "own"), Object.hasOwn(o, "hidden"), Object.hasOwn(o, "inherited"), Object.hasOwn(o, "nope"));
console.log(Object.hasOwn([1], 0), Object.hasOwn([1], "0"), Object.hasOwn([1], "length"), Object.hasOwn("str", "length"), Object.hasOwn("str", 1));
console.log(Object.hasOwn(Object.create(null), "x"), Object.hasOwn({ 1: 1 }, 1), Object.hasOwn({ null: 1 }, null));
try { Object.hasOwn(null, "x"); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.hasOwn(undefined, "x"); } catch (e) { console.log(e.constructor.name, e.message); }
const nullProto = Object.create(null);
nullProto.key = 1;
console.log(Object.hasOwn(nullProto, "key"), typeof nullProto.hasOwnProperty);
console.log(Object.fromEntries.length, Object.is.length, Object.hasOwn.length);
