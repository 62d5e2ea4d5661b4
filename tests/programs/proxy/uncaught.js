// An uncaught invariant violation: the TypeError, its message and exit status 1.
const target = Object.freeze({ secret: 1 });
const p = new Proxy(target, { get: () => 2 });
console.log('before');
console.log(p.secret);
