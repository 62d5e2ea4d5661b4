// A generator's parameters are bound when it is called (FunctionDeclarationInstantiation):
// defaults run and destructuring throws at the call, not at the first next().
const log = [];
function d(name) { log.push(name); return name; }
function* g(a = d("a"), { b } = { b: d("b") }, [c] = [d("c")]) {
  log.push("body");
  yield a + b + c;
}
const it = g();
log.push("called");
console.log(log.join(" "));
console.log(it.next().value, log.join(" "));
// destructuring error at the call
function* h({ x }) { yield x; }
try { h(); console.log("no error"); } catch (e) { console.log("call threw", e.constructor.name, e.message); }
function* k([first]) { yield first; }
try { k(5); } catch (e) { console.log("call threw", e.constructor.name); }
// a throwing default
function* t(v = (() => { throw new RangeError("bad default"); })()) { yield v; }
try { t(); } catch (e) { console.log("call threw", e.message); }
console.log(t(1).next().value);
// return() and throw() before the first next() still skip the body
function* f(p = d("p")) { try { log.push("f body"); yield p; } finally { log.push("f finally"); } }
log.length = 0;
const r1 = f();
console.log(r1.return(7), r1.next(), log.join(" "));
const r2 = f();
try { r2.throw(new Error("boom")); } catch (e) { console.log("thrown", e.message); }
console.log(r2.next(), log.join(" "));
// defaults see earlier parameters and `this`; the value of the first next() is ignored
const o = { base: 10, *m(x, y = x + this.base, ...[z = y * 2]) { const got = yield [x, y, z]; yield got; } };
const m = o.m(1);
console.log(m.next("ignored").value, m.next("second").value);
// generator methods in classes, and `arguments`
class C { static *s(a, { b = 2 } = {}) { yield arguments.length + a + b; } }
console.log(C.s(1).next().value, C.s(1, { b: 5 }).next().value);
try { C.s(1, null); } catch (e) { console.log("call threw", e.constructor.name); }
// closures in defaults capture the parameter scope
function* cl(a, get = () => a) { a = 5; yield get(); }
console.log(cl(1).next().value);
// the generator is not running during the call: a default that calls next() on it is fine later
let self;
function* selfish(x = 1) { yield x; }
self = selfish();
console.log([...self]);
// the generator object inherits from `prototype` as it was before the defaults ran (as V8)
function* replaced(a = (replaced.prototype = { tag: "new proto" })) { yield a; }
const before = replaced.prototype;
const rp = replaced();
console.log(Object.getPrototypeOf(rp) === before, Object.getPrototypeOf(rp).tag);
function* nulled(a = (nulled.prototype = null)) {}
console.log(Object.getPrototypeOf(nulled()) === Object.getPrototypeOf(function* () {}).prototype);
