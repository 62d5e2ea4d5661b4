// Every Reflect function on a proxy reaches the matching trap, with the
// arguments the spec gives it (a logging handler that forwards everything).
const log = [];
const handler = new Proxy({}, {
  get(_, trap) {
    return (...args) => {
      log.push(trap);
      return Reflect[trap](...args);
    };
  },
});
const target = function (a, b) { return [this === undefined ? 'undef' : typeof this, a, b]; };
const p = new Proxy(target, handler);
Reflect.get(p, 'name');
Reflect.set(p, 'x', 1);
Reflect.has(p, 'x');
Reflect.deleteProperty(p, 'x');
Reflect.defineProperty(p, 'y', { value: 2, configurable: true });
Reflect.getOwnPropertyDescriptor(p, 'y');
Reflect.ownKeys(p);
Reflect.getPrototypeOf(p);
Reflect.setPrototypeOf(p, Function.prototype);
Reflect.isExtensible(p);
Reflect.preventExtensions(p);
console.log(Reflect.apply(p, undefined, [1, 2]));
console.log(typeof Reflect.construct(p, [3, 4]));
console.log(log);
