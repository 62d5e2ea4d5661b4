// Buffer: the global and the buffer module, encodings, printing, fs bytes.
const { Buffer: B } = require('buffer');
const fs = require('fs');
const path = require('path');
console.log(B === Buffer, Buffer.from('hi'), Buffer.alloc(60, 1), [Buffer.from('x')], Buffer.alloc(0));
const b = Buffer.from('héllo wörld');
console.log(b.length, b.toString(), b.toString('hex'), b.toString('base64'), b.toString('latin1').length);
console.log(Buffer.from('68656c6c6f', 'hex').toString(), Buffer.from('aGk/Pz8=', 'base64').toString(), Buffer.from('aGk_Pz8', 'base64url').toString());
console.log(Buffer.from([256, -1, 65.7]), Buffer.from(new Uint16Array([1, 2])), Buffer.from({ length: 2, 0: 7 }));
const c = Buffer.concat([Buffer.from('ab'), Buffer.from([99, 100])]);
console.log(c.toString(), c.equals(Buffer.from('abcd')), Buffer.compare(c, Buffer.from('abce')), c.compare(Buffer.from('ab')));
const s = c.slice(1, 3);
s[0] = 66;
console.log(s.toString(), c.toString(), s instanceof Buffer, c.subarray(2).toString(), c.indexOf('cd'), c.indexOf(100), c.includes('x'));
const w = Buffer.alloc(12);
console.log(w.writeUInt32BE(0xdeadbeef, 0), w.writeInt16LE(-2, 4), w.writeDoubleLE(1.5, 4) && w.toString('hex'));
console.log(w.readUInt32BE(0), w.readDoubleLE(4), w.readUInt8(0), w.readInt8(0));
console.log(Buffer.byteLength('héllo'), Buffer.byteLength('aGk=', 'base64'), JSON.stringify(Buffer.from('hi')), Buffer.from(JSON.parse(JSON.stringify(Buffer.from('rt')))).toString());
console.log(Buffer.alloc(5, 'ab').toString(), Buffer.alloc(3).fill(7), Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(1)), Buffer.isEncoding('UTF-8'), Buffer.isEncoding('nope'));
const t = Buffer.alloc(4);
console.log(t.write('héllo'), t, t.write('zz', 2), t.toString('utf8', 0, 2));
for (const f of [() => w.readUInt32LE(10), () => Buffer.alloc(2).readUInt32LE(0), () => Buffer.from(5), () => Buffer.alloc(-1), () => b.toString('klingon'), () => Buffer.alloc('3')]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const file = path.join(process.env.TMPDIR || '/tmp', 'kiln-buffer-' + process.pid);
fs.writeFileSync(file, Buffer.from([0, 1, 2, 250, 255]));
fs.appendFileSync(file, new Uint8Array([9]));
const back = fs.readFileSync(file);
console.log(back, back.length, fs.readFileSync(file).toString('hex'), fs.readFileSync(file, 'latin1').length);
fs.unlinkSync(file);
