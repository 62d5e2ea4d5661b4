// `ta.length` stays right when `length` is shadowed or redefined anywhere
// on the way (compiled code reads it inline only while nothing did).
function lengths(list) { return list.map((t) => t.length).join(' '); }
const a = new Uint8Array(3), b = new Float64Array(5), c = new Int32Array(0);
console.log(lengths([a, b, c]));
let sum = 0;
for (let i = 0; i < b.length; i++) sum += i;
console.log(sum);
const own = new Uint16Array(4);
Object.defineProperty(own, 'length', { value: 42 });
console.log(own.length, lengths([own, a]));
class Sub extends Int8Array { get length() { return -1; } }
console.log(new Sub(3).length, lengths([new Sub(2), a]));
const reparented = new Uint8Array(2);
Object.setPrototypeOf(reparented, { length: 'mine' });
console.log(reparented.length, a.length);
Object.defineProperty(Uint8Array.prototype, 'length', { get() { return 'shadowed'; }, configurable: true });
console.log(lengths([a, b, c]));
delete Uint8Array.prototype.length;
console.log(lengths([a, b, c]));
const TA = Object.getPrototypeOf(Int8Array);
const getter = Object.getOwnPropertyDescriptor(TA.prototype, 'length').get;
Object.defineProperty(TA.prototype, 'length', { get() { return 'patched ' + getter.call(this); }, configurable: true });
console.log(lengths([a, b, c]));
for (let i = 0; i < 2; i++) console.log(b.length);
