// String.prototype[Symbol.iterator] and %StringIteratorPrototype%.
const it = 'a😀b\uD800c'[Symbol.iterator]();
const proto = Object.getPrototypeOf(it);
console.log(typeof it.next, proto[Symbol.toStringTag], Object.getOwnPropertyNames(proto));
console.log(it[Symbol.iterator]() === it, it);
let r;
while (!(r = it.next()).done) console.log(JSON.stringify(r.value), r.value.length);
console.log(r, it.next());
console.log(String.prototype[Symbol.iterator].name, String.prototype[Symbol.iterator].length);
console.log([...String.prototype[Symbol.iterator].call(123)]);
try {
  String.prototype[Symbol.iterator].call(null);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const iterProto = Object.getPrototypeOf(proto);
console.log(iterProto === Object.getPrototypeOf(Object.getPrototypeOf([].values())));
console.log(iterProto === Object.getPrototypeOf(Object.getPrototypeOf((function* () {})())));
console.log(iterProto === Object.getPrototypeOf(Object.getPrototypeOf('a'.matchAll(/a/g))));
console.log(Reflect.ownKeys(iterProto));
for (const p of [[].values(), new Map().keys(), new Set().entries(), 'x'[Symbol.iterator]()]) {
  const own = Object.getPrototypeOf(p);
  console.log(own[Symbol.toStringTag], Reflect.ownKeys(own).length, Object.prototype.hasOwnProperty.call(own, Symbol.iterator));
}
const s = new String('hé');
console.log([...s], Array.from(s), new Set('aab').size);
