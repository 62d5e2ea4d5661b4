// A base constructor returning a proxy: the derived class's private fields
// live on the proxy itself, and no trap sees them.
class Base { constructor(h) { return new Proxy({}, h); } }
class D extends Base {
  #x = 1;
  getX() { return this.#x; }
  setX(v) { this.#x = v; }
  static has(o) { return #x in o; }
}
const log = [];
const d = new D({ defineProperty(t, k, desc) { log.push(String(k)); return Reflect.defineProperty(t, k, desc); }, set() { log.push('set'); return true; } });
console.log(D.prototype.getX.call(d), D.has(d), D.has(new Proxy({}, {})));
D.prototype.setX.call(d, 5);
console.log(D.prototype.getX.call(d), log, Object.keys(d));
try { D.prototype.getX.call(new Proxy({}, {})); } catch (e) { console.log(e.message); }
