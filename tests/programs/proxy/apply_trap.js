// Callable proxies and the apply trap: typeof, direct calls, this, call,
// apply, bind, Reflect.apply, callbacks.
function sum(...xs) { return xs.reduce((a, b) => a + b, 0); }
const p = new Proxy(sum, {
  apply(t, thisArg, args) {
    console.log('apply', thisArg === undefined ? 'undefined' : typeof thisArg, args);
    return t.apply(thisArg, args) + 100;
  },
});
console.log(typeof p, typeof new Proxy({}, {}));
console.log(p(1, 2, 3));
console.log(p.call({}, 4), p.apply(null, [5, 6]));
const bound = p.bind(null, 10);
console.log(bound(1), bound.name, bound.length);
console.log(Reflect.apply(p, 'str', [7]));
console.log([1, 2].map(new Proxy((x) => x * 3, {})));
const obj = { m: p };
console.log(obj.m(1));
// No apply trap: the target is called with the same this.
const q = new Proxy(function () { return this; }, {});
const o = { q };
console.log(o.q() === o);
console.log(p.name, p.length);
