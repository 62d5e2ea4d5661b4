// The same bytes through every DataView getter in both byte orders, and
// typed array views over one buffer (the platform is little-endian).
const bytes = new Uint8Array([0x80, 0x01, 0xfe, 0x7f, 0x3f, 0xf0, 0x00, 0x00, 0x40, 0x09, 0x21, 0xfb, 0x54, 0x44, 0x2d, 0x18]);
const dv = new DataView(bytes.buffer);
for (const m of ['Int8', 'Uint8', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float32', 'Float64']) {
  const size = { Int8: 1, Uint8: 1, Int16: 2, Uint16: 2, Int32: 4, Uint32: 4, Float32: 4, Float64: 8 }[m];
  const out = [];
  for (let o = 0; o + size <= 16; o += size) out.push(dv['get' + m](o), dv['get' + m](o, true));
  console.log(m, out.join(' '));
}
console.log(new Uint16Array(bytes.buffer, 0, 2), new Int32Array(bytes.buffer, 4, 1), new Float64Array(bytes.buffer, 8, 1));
const w = new DataView(new ArrayBuffer(8));
w.setUint16(0, 0x1234); w.setUint16(2, 0x1234, true); w.setInt32(4, -2);
console.log(new Uint8Array(w.buffer));
w.setFloat32(0, 1.5); w.setFloat32(4, 1.5, true);
console.log(new Uint8Array(w.buffer), w.getFloat32(0), w.getFloat32(4, true));
w.setFloat64(0, -1 / 3, true);
console.log(new Uint8Array(w.buffer), w.getFloat64(0, true), w.getFloat64(0));
