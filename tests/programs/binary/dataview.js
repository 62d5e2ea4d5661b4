// DataView: every getter and setter, both byte orders, offsets and bounds.
const buf = new ArrayBuffer(16);
const dv = new DataView(buf, 2, 12);
console.log(dv.byteLength, dv.byteOffset, dv.buffer === buf);
dv.setInt8(0, -2); dv.setUint8(1, 300);
console.log(dv.getInt8(0), dv.getUint8(0), dv.getUint8(1));
dv.setInt16(2, -12345); console.log(dv.getInt16(2), dv.getInt16(2, true), dv.getUint16(2));
dv.setUint16(2, 0xbeef, true); console.log(dv.getUint16(2, true).toString(16), dv.getUint16(2).toString(16));
dv.setInt32(4, -123456789); console.log(dv.getInt32(4), dv.getUint32(4), dv.getInt32(4, true));
dv.setUint32(4, 0xdeadbeef, true); console.log(dv.getUint32(4, true).toString(16), dv.getUint32(4).toString(16));
dv.setFloat32(8, Math.PI); console.log(dv.getFloat32(8), dv.getFloat32(8, true));
dv.setFloat32(8, -0.1, true); console.log(dv.getFloat32(8, true));
dv.setFloat64(4, 1e300); console.log(dv.getFloat64(4), dv.getFloat64(4, true));
dv.setFloat64(4, -0, true); console.log(Object.is(dv.getFloat64(4, true), -0));
dv.setFloat64(4, NaN); console.log(dv.getFloat64(4));
console.log(new Uint8Array(buf));
console.log(dv.getInt8('3'), dv.getUint8(1.9), dv.getUint8(), dv.setUint8(0, '17'), dv.getUint8(0));
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
t(() => dv.getInt32(9)); t(() => dv.getFloat64(5)); t(() => dv.setInt8(12, 0)); t(() => dv.getUint8(Infinity));
t(() => dv.getInt8(-1)); t(() => dv.setUint16(11, { valueOf() { console.log('converted first'); return 1; } }));
console.log(new DataView(buf).byteLength, new DataView(buf, 16).byteLength, new DataView(buf, 3, 0).byteLength);
console.log(dv);
console.log(new DataView(new ArrayBuffer(2)));
// a small binary record encoder and decoder
function encode(rec) {
  const out = new DataView(new ArrayBuffer(15));
  out.setUint8(0, rec.kind);
  out.setUint16(1, rec.id, true);
  out.setInt32(3, rec.delta);
  out.setFloat64(7, rec.value, true);
  return new Uint8Array(out.buffer);
}
function decode(bytes) {
  const d = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { kind: d.getUint8(0), id: d.getUint16(1, true), delta: d.getInt32(3), value: d.getFloat64(7, true) };
}
const bytes = encode({ kind: 7, id: 513, delta: -70000, value: 2.75 });
console.log(bytes, decode(bytes));
const names = Object.getOwnPropertyNames(DataView.prototype).filter((n) => !n.includes('Big')).sort();
console.log(names.join(' '));
