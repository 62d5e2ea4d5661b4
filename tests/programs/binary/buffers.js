// ArrayBuffer: byteLength, slice (negative and clamped bounds), species, isView, printing.
const b = new ArrayBuffer(8);
const u = new Uint8Array(b);
for (let i = 0; i < 8; i++) u[i] = i * 17;
console.log(b.byteLength, b.slice(2).byteLength, b.slice(-3, -1), b.slice(6, 2), b.slice(1, 100).byteLength);
const copy = b.slice(0, 4);
new Uint8Array(copy)[0] = 255;
console.log(u[0], new Uint8Array(copy));
console.log(new ArrayBuffer(), new ArrayBuffer(3.9).byteLength, new ArrayBuffer('5').byteLength, new ArrayBuffer(undefined).byteLength);
class MyBuffer extends ArrayBuffer {}
const mb = new MyBuffer(4);
console.log(mb, mb instanceof ArrayBuffer, mb.slice(1) instanceof MyBuffer, mb.slice(1).byteLength);
console.log(Object.prototype.toString.call(b), b[Symbol.toStringTag], ArrayBuffer.prototype.slice.length);
console.log(new ArrayBuffer(120));
console.log([new ArrayBuffer(1)], { buf: new ArrayBuffer(2) });
console.log(Object.keys(b), JSON.stringify(b), JSON.stringify({ b }));
const big = new Uint8Array(100000);
big[99999] = 1;
console.log(big.length, big[99999], big.byteLength);
