// Several views over one buffer see each other's writes; subarray and
// slice differ in sharing; set() copies between overlapping views.
const buf = new ArrayBuffer(8);
const u8 = new Uint8Array(buf), u16 = new Uint16Array(buf), i32 = new Int32Array(buf), f64 = new Float64Array(buf);
i32[1] = -1;
console.log(u8, u16, f64[0]);
f64[0] = 2;
console.log(u8, i32);
const sub = u8.subarray(2, 6), sl = u8.slice(2, 6);
sub.fill(0xaa); sl.fill(0x55);
console.log(u8, sub.byteOffset, sl.byteOffset, sub.buffer === buf, sl.buffer === buf);
u8.set(u8.subarray(0, 4), 2);
console.log(u8);
const tail = new Uint8Array(buf, 4);
tail.set(new Uint16Array([0x1ff, 2]));
console.log(u8, tail.length, tail.byteLength);
const sab = new SharedArrayBuffer(4);
const a = new Int16Array(sab), b = new Uint8Array(sab);
a[0] = -2;
console.log(b, a.buffer === b.buffer, sab.slice(1).byteLength, sab.slice(1) instanceof SharedArrayBuffer);
const dv = new DataView(buf, 6);
dv.setInt16(0, -3);
console.log(u8[6], u8[7], new Int16Array(buf, 6)[0]);
