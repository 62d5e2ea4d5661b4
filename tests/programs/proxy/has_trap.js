// The has trap: `in`, Reflect.has, `with`-free lookups, and inherited keys.
const calls = [];
const p = new Proxy({ a: 1 }, {
  has(t, k) {
    calls.push(String(k));
    return k.toString().startsWith('yes') || k in t;
  },
});
console.log('a' in p, 'yes-please' in p, 'no' in p, 0 in p, Symbol.iterator in p);
console.log(Reflect.has(p, 'yesss'), Reflect.has(p, 'b'));
console.log(calls);
// Without a trap, `in` sees the target's prototype chain.
const q = new Proxy(Object.create({ inherited: 1 }), {});
console.log('inherited' in q, 'toString' in q, 'zzz' in q);
// An object whose prototype is a proxy: `in` reaches the trap.
const child = Object.create(p);
child.own = 1;
console.log('own' in child, 'yes' in child, 'nah' in child);
