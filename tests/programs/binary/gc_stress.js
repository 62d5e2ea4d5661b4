// Many short-lived buffers and views: only what is kept survives, contents intact.
const keep = [];
let checksum = 0;
for (let i = 0; i < 3000; i++) {
  const buf = new ArrayBuffer(64 + (i % 50));
  const view = new Uint32Array(buf, 0, 16);
  view.fill(i);
  const dv = new DataView(buf);
  dv.setUint8(63, i & 255);
  checksum = (checksum + view[15] + dv.getUint8(63)) >>> 0;
  if (i % 500 === 0) keep.push({ view, dv, bytes: new Uint8Array(buf, 60, 4) });
}
console.log(checksum, keep.length);
for (const k of keep) console.log(k.view[0], k.dv.getUint8(63), k.bytes[3], k.view.buffer.byteLength);
const arrays = [];
for (let i = 0; i < 200; i++) arrays.push(Float64Array.from({ length: 10 }, (_, j) => i + j / 10));
console.log(arrays[199][9], arrays.reduce((s, a) => s + a[5], 0));
