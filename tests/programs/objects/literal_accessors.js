// Getters and setters in object literals.
const log = [];
const o = {
  _v: 1,
  get v() { log.push("get"); return this._v; },
  set v(x) { log.push("set " + x); this._v = x * 2; },
  get onlyGet() { return "g"; },
  set onlySet(x) { this._set = x; },
  get ["comp" + "uted"]() { return "computed getter"; },
};
console.log(o.v);
o.v = 5;
console.log(o.v, o._v);
console.log(log.join("|"));
console.log(o.onlyGet, o.onlySet);
o.onlyGet = "ignored";
console.log(o.onlyGet);
o.onlySet = 42;
console.log(o._set, o.onlySet);
console.log(o.computed);
const d = Object.getOwnPropertyDescriptor(o, "v");
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, "value" in d, "writable" in d);
const d2 = Object.getOwnPropertyDescriptor(o, "onlyGet");
console.log(typeof d2.get, d2.set);
console.log(Object.keys(o).join(","));
// getter defined then data property with same name replaces it
const r = { get x() { return 1; }, x: 2 };
console.log(r.x, typeof Object.getOwnPropertyDescriptor(r, "x").get);
const r2 = { x: 2, get x() { return 1; } };
console.log(r2.x, "value" in Object.getOwnPropertyDescriptor(r2, "x"));
// getter and setter split across the literal keep both
const r3 = { get y() { return this.z; }, z: 9, set y(v) { this.z = v; } };
r3.y = 10;
console.log(r3.y, Object.keys(r3).join(","));
// getter on inherited object uses receiver as this
const proto = { get who() { return this.name; }, set who(v) { this.name = v.toUpperCase(); } };
const child = Object.create(proto);
child.name = "child";
console.log(child.who);
child.who = "renamed";
console.log(child.name, Object.keys(child).join(","), proto.name);
// counter via getter
const counter = { n: 0, get next() { return ++this.n; } };
console.log(counter.next, counter.next, counter.next, counter.n);
// getter names
console.log(Object.getOwnPropertyDescriptor(o, "v").get.name);
console.log(Object.getOwnPropertyDescriptor(o, "v").set.name);
console.log(Object.getOwnPropertyDescriptor(o, "computed").get.name);
