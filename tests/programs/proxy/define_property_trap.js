// The defineProperty trap: the descriptor object it receives (only the
// fields given), Object.defineProperty and Reflect.defineProperty, and the
// assignments that reach it through a receiver.
const log = [];
const target = {};
const p = new Proxy(target, {
  defineProperty(t, k, d) {
    log.push([String(k), JSON.stringify(d), Object.keys(d).join()]);
    return Reflect.defineProperty(t, k, d);
  },
});
Object.defineProperty(p, 'a', { value: 1 });
Object.defineProperty(p, 'b', { value: 2, writable: true, enumerable: true, configurable: true });
Object.defineProperty(p, 'c', { get() { return 3; }, enumerable: true });
console.log(Reflect.defineProperty(p, 'd', { value: 4 }));
// An assignment with no set trap defines through the receiver.
p.e = 5;
p.b = 6;
console.log(log);
console.log(Object.getOwnPropertyDescriptors(target));
const refuse = new Proxy({}, { defineProperty() { return false; } });
console.log(Reflect.defineProperty(refuse, 'x', { value: 1 }));
try {
  Object.defineProperty(refuse, 'x', { value: 1 });
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
refuse.y = 1; // sloppy assignment: false is ignored
console.log(Object.keys(refuse));
