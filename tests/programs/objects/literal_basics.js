// Object literals: plain, shorthand, computed keys, methods, nesting, duplicate keys.
const a = 1, b = "two";
const o = { a, b, c: true, "d e": null, 3: "three" };
console.log(o.a, o.b, o.c, o["d e"], o[3], o["3"]);
console.log(Object.keys(o).join(","));
let i = 0;
const comp = { ["k" + ++i]: i, ["k" + ++i]: i, [i * 10]: "num", [true]: "bool", [null]: "nul" };
console.log(Object.keys(comp).join(","));
console.log(comp.k1, comp.k2, comp[20], comp["true"], comp["null"]);
const dup = { x: 1, y: 2, x: 3 };
console.log(Object.keys(dup).join(","), dup.x);
const m = {
  name: "m",
  hello() { return "hello from " + this.name; },
  ["dyn" + "Method"]() { return "dynamic"; },
  arrow: () => "arrow",
  fn: function () { return this.name; },
};
console.log(m.hello(), m.dynMethod(), m.fn(), m.arrow());
console.log(typeof m.hello, m.hello.name, m.dynMethod.name, m.fn.name, m.arrow.name);
const nested = { p: { q: { r: { s: "deep" } } }, list: { length: 2, 0: "x", 1: "y" } };
console.log(nested.p.q.r.s, nested.list.length, nested.list[0] + nested.list[1]);
const empty = {};
console.log(Object.keys(empty).length, typeof empty, empty.missing, empty.constructor === Object);
const o2 = { a: 1 };
const o3 = { a: 1 };
console.log(o2 === o3, o2 == o3, o2 === o2, o2 != o3);
// evaluation order of keys and values
const log = [];
function k(x) { log.push("k" + x); return "key" + x; }
function v(x) { log.push("v" + x); return x; }
const ord = { [k(1)]: v(1), [k(2)]: v(2), plain: v(3) };
console.log(log.join(" "), ord.key1, ord.key2, ord.plain);
// keys that look like numbers
const nums = { 1.5: "a", 1e3: "b", 0x10: "c", "007": "d", [-1]: "e" };
console.log(Object.keys(nums).join(","));
console.log(nums["1.5"], nums[1000], nums[16], nums["007"], nums[-1], nums["-1"]);
// reserved words as keys
const kw = { if: 1, class: 2, new: 3, function: 4, typeof: 5, null: 6, true: 7 };
console.log(kw.if + kw.class + kw.new + kw.function + kw.typeof + kw.null + kw.true);
// values of all types
const all = { u: undefined, n: null, t: true, num: -0, s: "", f: function () {}, o: {} };
for (const key in all) console.log(key, typeof all[key]);
console.log("u" in all, all.u === undefined, Object.is(all.num, -0));
