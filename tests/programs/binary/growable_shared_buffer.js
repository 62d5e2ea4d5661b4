// Growable SharedArrayBuffers (ES2024, in Node 20): `maxByteLength`,
// `growable`, `grow` (never shrinking), length-tracking views following it,
// and V8's errors.
function t(f){try{console.log(f())}catch(e){console.log(e.name+': '+e.message)}}
const s = new SharedArrayBuffer(2, {maxByteLength: 8});
const tr = new Uint8Array(s); const fx = new Uint8Array(s, 0, 2);
console.log(s.growable, s.maxByteLength, s.byteLength, tr.length);
t(() => s.grow(6)); console.log(s.byteLength, tr.length, fx.length, s);
t(() => s.grow(4)); t(() => s.grow(9)); t(() => s.grow(-1)); t(() => s.grow(6));
const p = new SharedArrayBuffer(3); console.log(p.growable, p.maxByteLength);
t(() => p.grow(4));
t(() => SharedArrayBuffer.prototype.grow.call(new ArrayBuffer(1, {maxByteLength: 2}), 2));
t(() => new SharedArrayBuffer(4, {maxByteLength: 2}));
t(() => new SharedArrayBuffer(1, {maxByteLength: -1}));
t(() => Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'growable').get.call(new ArrayBuffer(1)));
t(() => Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'maxByteLength').get.call(1));
console.log(SharedArrayBuffer.prototype.grow.length, SharedArrayBuffer.prototype.grow.name);
tr[5] = 7; console.log(tr[5], s.slice(4), new Uint8Array(s.slice(4)));
t(() => s.grow(8)); console.log(tr.length, tr[7]);
const dv = new DataView(s); console.log(dv.byteLength);
// A known-kind view read in a loop while a called function grows its buffer.
const g = new SharedArrayBuffer(4, { maxByteLength: 64 });
const gv = new Int32Array(g);
function more(i) { if (i % 2 === 0 && g.byteLength + 8 <= 64) g.grow(g.byteLength + 8); }
let n = 0;
for (let i = 0; i < gv.length; i++) { gv[i] = i; n += gv[i] * 2; more(i); }
console.log(n, gv.length, g.byteLength, gv[gv.length - 1]);
