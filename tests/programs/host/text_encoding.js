// TextEncoder/TextDecoder and crypto's random values.
const enc = new TextEncoder();
console.log(enc.encoding, enc.encode('héllo €😀'), enc.encode(), enc.encode(42));
console.log(enc.encode('\ud800x'));
const dest = new Uint8Array(5);
console.log(enc.encodeInto('a€b', dest), dest);
console.log(enc.encodeInto('😀😀', new Uint8Array(5)));
const dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM);
console.log(dec.decode(enc.encode('round trip ✓')), JSON.stringify(dec.decode()));
console.log(JSON.stringify(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42]))));
console.log(JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
console.log(new TextDecoder('utf-16le').decode(new Uint16Array([104, 105, 0x263a]).buffer ? new Uint8Array(new Uint16Array([104, 105, 0x263a]).buffer) : null));
console.log(dec.decode(new DataView(enc.encode('view').buffer)), dec.decode(enc.encode('buffer').buffer));
for (const f of [
  () => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xc3])),
  () => new TextDecoder('klingon'),
  () => dec.decode('not bytes'),
  () => TextEncoder(),
  () => enc.encodeInto('x', [1]),
  () => crypto.getRandomValues(new Float64Array(2)),
  () => crypto.getRandomValues(new Uint8Array(65537)),
]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const r = crypto.getRandomValues(new Uint32Array(4));
console.log(r.length, r instanceof Uint32Array, crypto.getRandomValues(new Uint8Array(0)).length);
const ids = new Set(Array.from({ length: 50 }, () => crypto.randomUUID()));
const id = [...ids][0];
console.log(ids.size, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id));
