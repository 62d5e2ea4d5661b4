// console.log of proxies shows the target without running traps, as
// Node's inspect does by default.
const trapped = new Proxy({ a: 1, b: [1, 2] }, {
  get() { throw new Error('get must not run'); },
  ownKeys() { throw new Error('ownKeys must not run'); },
  getOwnPropertyDescriptor() { throw new Error('gopd must not run'); },
  getPrototypeOf() { throw new Error('getPrototypeOf must not run'); },
});
console.log(trapped);
console.log(new Proxy({ a: 1 }, {}));
console.log([new Proxy([1, 2, 3], {}), { nested: new Proxy({ q: 1 }, {}) }]);
console.log(new Proxy(function foo() {}, {}));
console.log(new Proxy(class Point {}, {}));
console.log(new Proxy(new Proxy({ deep: true }, {}), {}));
console.log(new Proxy(new Map([[1, 2]]), {}));
const r = Proxy.revocable({ x: 1 }, {});
r.revoke();
console.log(r.proxy, [r.proxy]);
console.log('%o', new Proxy({ z: 1 }, {}));
