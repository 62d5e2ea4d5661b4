// Views over a resizable buffer: length-tracking typed arrays and DataViews
// follow its length; fixed-length views go out of bounds when it shrinks
// (length 0, methods throw) and come back when it grows.
const t = (f) => {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
};
const b = new ArrayBuffer(8, { maxByteLength: 16 });
const track = new Uint8Array(b);
const track16 = new Uint16Array(b, 2);
const fixed = new Uint8Array(b, 0, 4);
const dv = new DataView(b);
const fixedDv = new DataView(b, 4, 4);
const show = () => [track.length, track16.length, fixed.length, fixed.byteLength, fixed.byteOffset, dv.byteLength];
console.log(show());
track.set([1, 2, 3, 4, 5, 6, 7, 8]);
b.resize(3);
console.log(show(), [...track]);
t(() => fixed[0]);
t(() => fixed.fill(1));
t(() => [...fixed]);
t(() => fixedDv.getInt8(0));
t(() => fixedDv.byteLength);
t(() => track16.length);
t(() => new DataView(b, 0, 4).byteLength);
b.resize(1);
t(() => [track16.length, track16.byteOffset, track16.byteLength]);
t(() => track16.at(0));
b.resize(12);
console.log(show(), fixedDv.getInt8(0), track);
for (let i = 0; i < track.length; i++) track[i] = i * 10;
console.log(track16, fixed, dv.getUint16(0, true));
let sum = 0;
for (let i = 0; i < track.length; i++) sum += track[i];
console.log(sum);
