// structuredClone with a transfer list of ArrayBuffers: the clone gets the
// bytes, the originals (and every view of them) are detached; errors as Node.
function t(f) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.message, e.code);
  }
}
const b = new ArrayBuffer(4);
new Uint8Array(b).set([1, 2, 3, 4]);
t(() => structuredClone(b, { transfer: [b, b] }));
t(() => structuredClone(1, { transfer: [{}] }));
t(() => structuredClone(1, { transfer: [new SharedArrayBuffer(2)] }));
t(() => structuredClone(1, { transfer: [new Uint8Array(2)] }));
t(() => structuredClone(1, { transfer: 5 }));
const view = new Uint16Array(b, 2, 1);
const c = structuredClone({ x: b, v: view }, { transfer: [b] });
console.log(c, c.v.buffer === c.x, b.byteLength, b, view.length, view.byteOffset, view[0]);
t(() => structuredClone(b, { transfer: [b] }));
t(() => structuredClone(b));
t(() => structuredClone(view));
const r = new ArrayBuffer(2, { maxByteLength: 8 });
const r2 = structuredClone(r, { transfer: [r] });
console.log(r2.resizable, r2.maxByteLength, r.byteLength, r2.byteLength);
const r3 = new ArrayBuffer(2, { maxByteLength: 8 });
const r4 = structuredClone(r3);
console.log(r4.resizable, r4.maxByteLength, r3.byteLength);
const u = new Uint8Array([5, 6]);
const u2 = structuredClone(u, { transfer: [u.buffer] });
console.log(u2, u.length, u.byteOffset, u);
const dv = new DataView(new ArrayBuffer(4));
structuredClone(dv.buffer, { transfer: [dv.buffer] });
t(() => dv.getUint8(0));
t(() => new Uint8Array(u.buffer));
