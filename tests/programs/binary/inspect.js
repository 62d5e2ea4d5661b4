// console.log of typed arrays, buffers and views in every position Node prints them.
console.log(new Uint8Array([1, 2, 3]), new Int8Array(0), new Float32Array([0.5, -0, NaN, Infinity]));
console.log(new Float64Array(30).map((_, i) => i * 1.5));
console.log(new Uint32Array(7).fill(4294967295));
console.log(new Uint8ClampedArray(101));
console.log({ nested: { deeper: { ta: new Int16Array([1, 2]) } } });
console.log([new Uint8Array([1]), new ArrayBuffer(3), new DataView(new ArrayBuffer(1))]);
const ta = new Int8Array([1, 2]);
ta.label = 'x';
ta[Symbol('s')] = 1;
console.log(ta);
const buf = new ArrayBuffer(101);
console.log(buf);
console.log(new SharedArrayBuffer(3), new DataView(new SharedArrayBuffer(2), 1));
class Sub extends Float64Array {}
class SubBuf extends ArrayBuffer {}
console.log(new Sub(2), new SubBuf(2), [new Sub(1)]);
const np = new Uint8Array([7]);
Object.setPrototypeOf(np, null);
console.log(np);
const circ = { ta: new Uint8Array(1) };
circ.self = circ;
console.log(circ);
console.log(String(new Float32Array([1.1, 2])), `${new Uint8Array([3, 4])}`, new Uint8Array(2) + '');
