// Destructuring: object and array patterns with defaults, rest, nesting, computed keys; in declarations, parameters, catch and assignments; V8's TypeErrors.
const point = { x: 1, y: 2, z: 3 };
const { x, y: why, w = 10, ...others } = point;
console.log(x, why, w, others);
const [a, , b = 5, ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, rest);
let p, q;
[p, q] = [q, p] = [1, 2];
console.log(p, q);
[p, q] = [q, p];
console.log(p, q);
const { nested: { deep: [first, second] = [] } = {} } = { nested: { deep: ["d1", "d2"] } };
console.log(first, second);
function f({ name, age = 30 } = {}, [m, n] = [7, 8]) { return name + ":" + age + ":" + m + n; }
console.log(f({ name: "ann" }), f(undefined, [1, 2]), f(), f.length);
const g = ({ v }) => v * 2;
console.log(g({ v: 21 }));
try { throw new Error("boom"); } catch ({ message, name }) { console.log(name, message); }
const key = "dyn";
const { [key]: dynVal, ["s" + "t"]: st } = { dyn: "D", st: "S" };
console.log(dynVal, st);
const [c1, c2, ...cs] = "héllo";
console.log(c1, c2, cs);
const o2 = {};
({ a: o2.first, b: o2["second"] } = { a: 1, b: 2 });
console.log(o2);
var { v1, v2 } = { v1: "var1", v2: "var2" };
console.log(v1, v2);
for (let i = 0; i < 2; i++) { const [u, v] = [i, i * 10]; console.log(u + v); }
try { const { zz } = null; } catch (e) { console.log(e.constructor.name, e.message); }
try { const { zz } = point.missing; } catch (e) { console.log(e.constructor.name, e.message); }
try { const [aa] = 5; } catch (e) { console.log(e.constructor.name, e.message); }
try { const {} = undefined; } catch (e) { console.log(e.constructor.name, e.message); }
class K { constructor({ a = 1, b = 2 } = {}) { this.s = a + b; } }
console.log(new K().s, new K({ a: 10 }).s);
