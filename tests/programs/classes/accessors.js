// Class getters and setters: on the prototype, static, inherited, overridden, paired.
class Temperature {
  constructor(c) { this._c = c; }
  get celsius() { return this._c; }
  set celsius(v) { this._c = v; }
  get fahrenheit() { return this._c * 9 / 5 + 32; }
  set fahrenheit(f) { this._c = (f - 32) * 5 / 9; }
  get readOnly() { return "ro"; }
}
const t = new Temperature(100);
console.log(t.celsius, t.fahrenheit);
t.fahrenheit = 32;
console.log(t.celsius, t.fahrenheit);
t.celsius = 37;
console.log(t.fahrenheit.toFixed(1));
t.readOnly = "nope";
console.log(t.readOnly, Object.keys(t).join(","));
// accessors live on the prototype, non-enumerable
const d = Object.getOwnPropertyDescriptor(Temperature.prototype, "celsius");
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, t.hasOwnProperty("celsius"));
// strict: assigning to a getter-only accessor throws (class code is strict)
class Setter {
  tryWrite(target) { try { target.readOnly = 1; return "ok"; } catch (e) { return e.constructor.name + ": " + e.message; } }
}
console.log(new Setter().tryWrite(t));
// static accessors
class Config {
  static get version() { return "v" + Config._major + "." + Config._minor; }
  static set version(v) { const parts = v.split("."); Config._major = Number(parts[0]); Config._minor = Number(parts[1]); }
}
Config._major = 1; Config._minor = 0;
console.log(Config.version);
Config.version = "2.5";
console.log(Config.version, Config._major + Config._minor);
// inherited and overridden accessors
class Base {
  get name() { return "base"; }
  get both() { return "base get"; }
  set both(v) { this.log = "base set " + v; }
}
class Derived extends Base {
  get name() { return "derived(" + super.name + ")"; }
  set both(v) { this.log = "derived set " + v; }
}
const dv = new Derived();
console.log(dv.name);
dv.both = 1;
console.log(dv.log, dv.both);
// getter with computed values over fields
class Rect {
  constructor(w, h) { this.w = w; this.h = h; }
  get area() { return this.w * this.h; }
  get perimeter() { return 2 * (this.w + this.h); }
  set size(s) { this.w = s; this.h = s; }
}
const r = new Rect(2, 3);
console.log(r.area, r.perimeter);
r.size = 4;
console.log(r.area, r.perimeter, r.size);
// getter that returns a function
class Fn { get op() { return (a, b) => a * b; } }
console.log(new Fn().op(6, 7));
// accessor named with a keyword
class KW { get class() { return "class getter"; } get new() { return "new getter"; } }
console.log(new KW().class, new KW().new);
// accessors and instance fields with the same name: field wins on the instance
class Shadow { value = "field"; get value() { return "getter"; } }
console.log(new Shadow().value, Object.keys(new Shadow()).join(","));
