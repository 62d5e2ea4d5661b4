// Map/Set/WeakMap/WeakSet constructors: they call the (possibly overridden)
// adder for each entry, step user iterators one at a time and close them
// when an entry is bad.
function counting(items) {
  const log = [];
  return {
    log,
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { log.push("next"); return i < items.length ? { value: items[i++], done: false } : { done: true }; },
        return() { log.push("return"); return {}; },
      };
    },
  };
}
const good = counting([[1, "a"], [2, "b"]]);
console.log(new Map(good), good.log.join(","));
const bad = counting([[1, "a"], 5, [3, "c"]]);
try { new Map(bad); } catch (e) { console.log(e.constructor.name, e.message, bad.log.join(",")); }
class LoggingSet extends Set {
  add(v) { console.log("add", v); return super.add(v * 10); }
}
console.log(new LoggingSet([1, 2, 2]));
const k1 = {}, k2 = {};
const wm = new WeakMap([[k1, "one"], [k2, "two"]]);
console.log(wm.get(k1), wm.get(k2), wm.has({}));
try { new WeakSet([1]); } catch (e) { console.log(e.constructor.name, e.message); }
// An endless iterator whose first entry is bad: closed after one step.
let closed = 0;
const endless = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { closed++; return {}; } }; } };
try { new Map(endless); } catch (e) { console.log(e.constructor.name, closed); }
