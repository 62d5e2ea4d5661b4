// Accessor properties made with Object.defineProperty and __defineGetter__-free patterns.
const o = { _t: 20 };
Object.defineProperty(o, "temp", {
  get() { return this._t + "C"; },
  set(v) { this._t = Number(v); },
  enumerable: true,
  configurable: true,
});
console.log(o.temp);
o.temp = "35";
console.log(o.temp, o._t, typeof o._t);
console.log(Object.keys(o).join(","));
// accessor without setter: assignment ignored (sloppy)
Object.defineProperty(o, "readonly", { get() { return "ro"; } });
o.readonly = "x";
console.log(o.readonly, Object.keys(o).join(","));
// accessor without getter reads undefined
Object.defineProperty(o, "writeonly", { set(v) { this.written = v; }, enumerable: true });
o.writeonly = "w";
console.log(o.writeonly, o.written);
// convert accessor to data property and back (configurable)
Object.defineProperty(o, "temp", { value: "plain", writable: true });
const dd = Object.getOwnPropertyDescriptor(o, "temp");
console.log(dd.value, dd.writable, dd.enumerable, dd.configurable, typeof dd.get);
Object.defineProperty(o, "temp", { get() { return "accessor again"; } });
const da = Object.getOwnPropertyDescriptor(o, "temp");
console.log(o.temp, "value" in da, "writable" in da, da.enumerable, da.configurable);
// non-configurable accessor cannot be changed
Object.defineProperty(o, "fixedAcc", { get() { return 1; } });
try {
  Object.defineProperty(o, "fixedAcc", { get() { return 2; } });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  Object.defineProperty(o, "fixedAcc", { value: 2 });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
// getter receives the receiver, not the holder
const holder = {};
Object.defineProperty(holder, "self", { get() { return this; } });
const kid = Object.create(holder);
console.log(holder.self === holder, kid.self === kid);
// setter on the prototype chain intercepts assignment on descendants
const log = [];
const base = {};
Object.defineProperty(base, "tracked", { set(v) { log.push("set " + v); }, get() { return "from base"; } });
const d1 = Object.create(base);
d1.tracked = 1;
const d2 = Object.create(d1);
d2.tracked = 2;
console.log(log.join(","), d1.hasOwnProperty("tracked"), d2.tracked);
// getter that throws
Object.defineProperty(o, "bomb", { get() { throw new RangeError("exploded"); } });
try { o.bomb; } catch (e) { console.log(e.name, e.message); }
// lazy getter replacing itself with a data property
const lazy = {};
let computeCount = 0;
Object.defineProperty(lazy, "value", {
  get() {
    computeCount++;
    Object.defineProperty(this, "value", { value: 42, writable: false });
    return this.value;
  },
  configurable: true,
});
console.log(lazy.value, lazy.value, lazy.value, computeCount);
// getters on arrays and functions
const arr = [1, 2, 3];
Object.defineProperty(arr, "last", { get() { return this[this.length - 1]; } });
arr.push(4);
console.log(arr.last, arr.length);
function fn() {}
Object.defineProperty(fn, "answer", { get() { return 42; } });
console.log(fn.answer);
// accessor index property on an array
Object.defineProperty(arr, 0, { get() { return "zero"; }, enumerable: true, configurable: true });
console.log(arr[0], arr.join("|"), arr.length);
