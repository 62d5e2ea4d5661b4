// Typed array constructors: from a length, an array, an iterable, an
// array-like, another typed array, a buffer with offset and length.
console.log(new Uint8Array(), new Uint8Array(3), new Uint8Array('2'), new Uint8Array(2.7));
console.log(new Int16Array([1, -2, 3]));
console.log(new Float64Array(new Set([1.5, 2.5])));
function* gen() { yield 1; yield 2; yield 300; }
console.log(new Uint8Array(gen()));
console.log(new Int32Array({ length: 3, 0: 7, 2: '9' }));
const src = new Float64Array([1.9, -1.9, 300]);
console.log(new Int8Array(src), new Uint8ClampedArray(src));
const buf = new ArrayBuffer(16);
const whole = new Uint8Array(buf);
const mid = new Uint16Array(buf, 4, 3);
const tail = new Int32Array(buf, 8);
mid[0] = 0xabcd;
tail[1] = -1;
console.log(whole, mid.length, mid.byteOffset, mid.byteLength, tail.length, tail.byteOffset);
console.log(mid.buffer === buf, tail.buffer === whole.buffer);
// views share memory
const f = new Float32Array(1);
const bytes = new Uint8Array(f.buffer);
f[0] = 1;
console.log(bytes);
bytes[3] = 0xc0;
console.log(f[0]);
// the prototype chain
const TA = Object.getPrototypeOf(Int8Array);
console.log(TA.name, TA.length, Object.getPrototypeOf(Uint8Array.prototype) === TA.prototype);
console.log(Uint8Array.length, Uint8Array.name, Uint8Array.prototype.BYTES_PER_ELEMENT);
console.log(new Uint8Array(2) instanceof TA, ArrayBuffer.isView(mid), ArrayBuffer.isView(buf), ArrayBuffer.isView([]));
console.log(Object.prototype.toString.call(mid), mid[Symbol.toStringTag], TA.prototype[Symbol.toStringTag]);
console.log(Uint8Array[Symbol.species] === Uint8Array, ArrayBuffer[Symbol.species] === ArrayBuffer);
const sab = new SharedArrayBuffer(4);
const sv = new Int8Array(sab);
sv[0] = -5;
console.log(sab, sv, sab.byteLength, Object.prototype.toString.call(sab));
