// Property get/set/delete with dot and computed keys; key conversion to strings.
const o = {};
o.a = 1;
o["b"] = 2;
const key = "c";
o[key] = 3;
o[1] = "one";
o[1.5] = "one and a half";
o[-0] = "minus zero";
o[NaN] = "nan";
o[undefined] = "undef";
o[null] = "nul";
o[true] = "yes";
o[1e21] = "big";
console.log(Object.keys(o).join(" | "));
console.log(o["1"], o["1.5"], o["0"], o.NaN, o.undefined, o["null"], o.true, o["1e+21"]);
const objKey = { toString() { return "custom"; } };
o[objKey] = "via toString";
console.log(o.custom, o[objKey]);
const arrKey = [1, 2];
o[arrKey] = "array key";
console.log(o["1,2"]);
// reading missing properties
console.log(o.missing, o["missing"], typeof o.missing);
// overwrite keeps position
o.a = "again";
console.log(Object.keys(o).slice(-8).join(","), o.a);
// delete
console.log(delete o.a, "a" in o, o.a);
console.log(delete o.notThere, delete o["b"], delete o[key]);
console.log(Object.keys(o).length);
o.a = "re-added";
console.log(Object.keys(o).pop());
// delete returns true for non-existent and inherited properties, but does not delete inherited
const child = Object.create({ inherited: 1 });
console.log(delete child.inherited, child.inherited);
// primitives: property reads go through wrappers, writes are ignored in sloppy mode
const s = "hello";
console.log(s.length, s[1], s["length"], (5).toFixed(1), true.toString());
s.extra = 1;
console.log(s.extra);
// chained assignment and compound assignment on properties
const p = { n: 1, s: "a" };
p.n += 5;
p.s += "b";
p["n"] *= 2;
p.n++;
++p.n;
p.m = p.k = 7;
console.log(p.n, p.s, p.m, p.k);
p.x = p.x || "default";
console.log(p.x);
// computed keys evaluated once in compound assignment
let count = 0;
function k() { count++; return "n"; }
p[k()] += 1;
console.log(p.n, count);
// property access on numbers as keys in loops
const table = {};
for (let i = 0; i < 10; i++) table[i * i] = i;
console.log(Object.keys(table).join(","), table[81], table["49"]);
// errors on null/undefined
try { const u = undefined; u.x; } catch (e) { console.log(e.constructor.name, e.message); }
try { const n = null; n.x = 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { const u = undefined; u["y"]; } catch (e) { console.log(e.constructor.name, e.message); }
try { const n = null; n[0]; } catch (e) { console.log(e.constructor.name, e.message); }
try { const obj = {}; obj.inner.x; } catch (e) { console.log(e.constructor.name, e.message); }
try { const obj = {}; obj.method(); } catch (e) { console.log(e.constructor.name, e.message); }
try { const obj = { notfn: 3 }; obj.notfn(); } catch (e) { console.log(e.constructor.name, e.message); }
