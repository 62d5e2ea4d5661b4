// Resizable ArrayBuffers (ES2024, in Node 20): the maxByteLength option,
// resizable/maxByteLength, resize with its errors, zeroed growth, slice.
const t = (f) => {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
};
const b = new ArrayBuffer(4, { maxByteLength: 8 });
console.log(b.byteLength, b.resizable, b.maxByteLength);
const fixed = new ArrayBuffer(4);
console.log(fixed.resizable, fixed.maxByteLength, new ArrayBuffer(2, {}).resizable);
console.log(new ArrayBuffer(2, { maxByteLength: undefined }).resizable);
t(() => new ArrayBuffer(10, { maxByteLength: 5 }));
t(() => new ArrayBuffer(1, { maxByteLength: -1 }));
t(() => b.resize(9));
t(() => b.resize(-1));
t(() => fixed.resize(2));
t(() => ArrayBuffer.prototype.resize.call(new SharedArrayBuffer(4), 2));
new Uint8Array(b).set([1, 2, 3, 4]);
b.resize(2);
console.log(b.byteLength, new Uint8Array(b));
b.resize(8);
console.log(b.byteLength, new Uint8Array(b));
console.log(b.resize(0), b.byteLength, b);
b.resize(3);
new Uint8Array(b).fill(7);
const s = b.slice(1);
console.log(s, s.resizable, s.maxByteLength);
console.log(Object.getOwnPropertyNames(ArrayBuffer.prototype));
const order = [];
new ArrayBuffer(1, { get maxByteLength() { order.push('max'); return 4; } });
console.log(order);
