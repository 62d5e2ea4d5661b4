// Typed arrays as integer-indexed exotic objects: numeric keys never reach
// the prototype, out-of-range writes are ignored, canonical numeric strings.
const a = new Uint8Array(3);
Object.prototype[5] = 'proto';
Uint8Array.prototype[1.5] = 'p';
console.log(a[5], a[-0], a['1.5'], a['-0'], a[3], a['3'], a['03'], a['1e1'], a.foo);
a[5] = 9; a[-1] = 9; a['1.5'] = 9; a['-0'] = 9;
console.log(Object.keys(a), a['-1'], a['03'] = 4, Object.keys(a));
console.log(5 in a, 2 in a, '2' in a, '-0' in a, '1.5' in a, '03' in a, 'foo' in a, 'Infinity' in a);
console.log(delete a[5], delete a['1.5'], delete a[0], a.length);
a.extra = 'x';
a[Symbol('own')] = 1;
console.log(Reflect.ownKeys(a), Object.getOwnPropertyNames(a));
console.log(Object.getOwnPropertyDescriptor(a, 1), Object.getOwnPropertyDescriptor(a, 3), Object.getOwnPropertyDescriptor(a, 'extra'));
console.log(Reflect.defineProperty(a, 0, { value: 200 }), a[0], Reflect.defineProperty(a, 7, { value: 1 }));
console.log(Reflect.defineProperty(a, 1, { get() { return 1; } }), Reflect.defineProperty(a, 1, { value: 1, enumerable: false }));
console.log(Reflect.set(a, 2, 300), a[2], Reflect.set(a, 10, 1), Reflect.has(a, 10));
const child = Object.create(a);
child[0] = 5;
console.log(a[0], Object.keys(child), child[1]);
child[10] = 5;
console.log(Object.keys(child));
console.log(Object.isFrozen(a), Object.isSealed(a), Object.isExtensible(a), Object.isFrozen(new Uint8Array(0)));
Object.preventExtensions(a);
a[1] = 77;
console.log(a[1], Object.isSealed(a));
delete Object.prototype[5];
// keys through the usual paths
const b = new Int8Array([1, -2, 3]);
b.name = 'b';
console.log(JSON.stringify(b), JSON.stringify({ b }), Object.entries(b), Object.values(b));
const forIn = [];
for (const k in b) forIn.push(k);
console.log(forIn, [...b], Array.from(b), Array.isArray(b), { ...b });
let sum = 0;
for (const x of b) sum += x;
console.log(sum, Math.max(...b), Array.prototype.slice.call(b, 1), Array.prototype.join.call(b, '+'));
const [x0, , x2] = b;
console.log(x0, x2);
