// Object.create with prototypes and property descriptor maps.
const proto = { hello() { return "hello " + this.name; } };
const o = Object.create(proto, {
  name: { value: "world", enumerable: true },
  hidden: { value: 42 },
  computed: { get() { return this.name.toUpperCase(); }, enumerable: true },
  rw: { value: 1, writable: true, enumerable: true, configurable: true },
});
console.log(o.hello(), o.hidden, o.computed, o.rw);
console.log(Object.keys(o).join(","));
const names = Object.getOwnPropertyNames(o);
console.log(names.join(","));
o.name = "changed";
o.rw = 2;
console.log(o.name, o.rw);
const dn = Object.getOwnPropertyDescriptor(o, "name");
console.log(dn.writable, dn.enumerable, dn.configurable);
const n = Object.create(null);
console.log(typeof n, Object.getPrototypeOf(n), n instanceof Object);
n.a = 1;
n.toString = "shadow";
console.log(Object.keys(n).join(","), n.toString);
try { String(Object.create(null)); } catch (e) { console.log(e.constructor.name, e.message); }
try { "" + Object.create(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.create(5); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.create(undefined); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.create("s"); } catch (e) { console.log(e.constructor.name, e.message); }
const fromFn = Object.create(Function.prototype);
console.log(typeof fromFn, typeof fromFn.call, fromFn instanceof Function);
const fromArr = Object.create(Array.prototype);
console.log(Array.isArray(fromArr), fromArr.length, fromArr instanceof Array);
fromArr.push("x");
console.log(fromArr.length, fromArr[0]);
// create with an object as second argument that has inherited descriptors (ignored)
const descs = Object.create({ inheritedDesc: { value: 1, enumerable: true } });
descs.ownDesc = { value: 2, enumerable: true };
const withDescs = Object.create(null, descs);
console.log(Object.keys(withDescs).join(","));
// create + constructor-like pattern
function makePoint(x, y) {
  const p = Object.create(makePoint.proto);
  p.x = x; p.y = y;
  return p;
}
makePoint.proto = { sum() { return this.x + this.y; }, toString() { return "(" + this.x + ", " + this.y + ")"; } };
const pts = [makePoint(1, 2), makePoint(3, 4)];
console.log(pts[0].sum(), pts[1].sum(), String(pts[0]), `${pts[1]}`, pts[0] + "");
console.log(makePoint.proto.isPrototypeOf(pts[1]));
