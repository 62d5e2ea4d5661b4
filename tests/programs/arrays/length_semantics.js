// The length property: truncation, growth, holes, invalid lengths.
const a = [1, 2, 3, 4, 5];
a.length = 3;
console.log(a.length, a.join(","), a[3], 3 in a);
a.length = 6;
console.log(a.length, a.join(","), 4 in a, a[5]);
a.length = 0;
console.log(a.length, a[0], a.join("|") === "");
a[9] = "x";
console.log(a.length);
a[3] = "y";
console.log(a.length);
// length is non-enumerable, writable, non-configurable
const d = Object.getOwnPropertyDescriptor(a, "length");
console.log(d.value, d.writable, d.enumerable, d.configurable);
// string lengths are converted
const b = [1, 2, 3];
b.length = "2";
console.log(b.length, b.join(","));
b.length = 1.0;
console.log(b.length);
try { b.length = -1; } catch (e) { console.log(e.constructor.name, e.message); }
try { b.length = 1.5; } catch (e) { console.log(e.constructor.name, e.message); }
try { b.length = 4294967296; } catch (e) { console.log(e.constructor.name, e.message); }
try { const c = []; c.length = "abc"; } catch (e) { console.log(e.constructor.name, e.message); }
try { new Array(-1); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Array(2.5); } catch (e) { console.log(e.constructor.name, e.message); }
b.length = 4294967295;
console.log(b.length);
b.length = 1;
console.log(b.length);
// truncating removes elements permanently
const t = ["a", "b", "c", "d"];
t.length = 2;
t.length = 4;
console.log(t[2], t[3], t.join("-"));
// length after writing the max index
const m = [];
m[4294967294] = "last";
console.log(m.length);
m[4294967295] = "not an index";
console.log(m.length, m[4294967295]);
// Array constructor forms
console.log(new Array(3).length, new Array(3, 4).length, Array(2).length, new Array("3").length, new Array("3")[0]);
console.log(Array(5).join("-"), new Array(1, 2, 3).join(""));
// length of arrays with holes, via push and pop
const holes = [, , 1];
holes.push(2);
console.log(holes.length, holes.pop(), holes.pop(), holes.pop(), holes.length);
// length on array-like objects is just a property
const like = { length: 2, 0: "a", 1: "b" };
like.length = 0;
console.log(like[0], like.length);
// non-writable length prevents growth
const fixed = [1, 2];
Object.defineProperty(fixed, "length", { writable: false });
fixed[5] = "nope";
console.log(fixed.length, fixed[5]);
try { fixed.push(3); } catch (e) { console.log(e.constructor.name, e.message); }
// length shrinks past non-configurable elements stops there
const nc = [1, 2, 3, 4];
Object.defineProperty(nc, 1, { value: "locked", configurable: false });
nc.length = 0;
console.log(nc.length, nc.join(","));
