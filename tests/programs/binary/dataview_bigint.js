// DataView getBigInt64/getBigUint64/setBigInt64/setBigUint64.
const dv = new DataView(new ArrayBuffer(24), 4);
dv.setBigInt64(0, -2n);
console.log(dv.getBigInt64(0), dv.getBigUint64(0), dv.getBigInt64(0, true));
dv.setBigUint64(8, 0x0102030405060708n, true);
console.log(dv.getBigUint64(8, true), dv.getBigUint64(8).toString(16), dv.getUint8(8), dv.getUint8(15));
dv.setBigInt64(0, 2n ** 64n + 3n);
console.log(dv.getBigInt64(0));
dv.setBigUint64(0, -(2n ** 63n));
console.log(dv.getBigUint64(0), dv.getBigInt64(0));
dv.setBigInt64(0, "12");
dv.setBigInt64(8, true);
console.log(dv.getBigInt64(0), dv.getBigInt64(8));
console.log(DataView.prototype.getBigInt64.length, DataView.prototype.setBigUint64.length, DataView.prototype.getBigUint64.name);
for (const [name, f] of [
  ["number", () => dv.setBigInt64(0, 1)],
  ["undefined", () => dv.setBigUint64(0)],
  ["bad string", () => dv.setBigInt64(0, "x")],
  ["range", () => dv.getBigInt64(13)],
  ["range set", () => dv.setBigUint64(16, 1n)],
  ["negative", () => dv.getBigUint64(-1)],
  ["this", () => DataView.prototype.getBigInt64.call(new Uint8Array(8), 0)],
]) {
  try {
    f();
    console.log(name, "ok");
  } catch (e) {
    console.log(name, e.constructor.name, e.message);
  }
}
// the value is converted before the index is checked against the length
try {
  dv.setBigInt64(100, 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
