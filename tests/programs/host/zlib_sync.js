// zlib's one-shot functions: round trips in the three formats, unzip, levels, and zlib's errors.
const zlib = require('zlib');
const input = Buffer.from('hello hello hello hello');
const g = zlib.gzipSync(input);
console.log(g.length, g.subarray(0, 4), g.toString('base64'), zlib.gunzipSync(g).toString());
const d = zlib.deflateSync(input);
console.log(d.toString('base64'), zlib.inflateSync(d).toString());
const r = zlib.deflateRawSync('text input');
console.log(r.toString('base64'), zlib.inflateRawSync(r).toString());
console.log(zlib.unzipSync(g).toString(), zlib.unzipSync(d).toString());
console.log(zlib.deflateSync(input, { level: 9 }).toString('base64'), zlib.deflateSync(input, { level: 0 }).toString('base64'));
console.log(zlib.inflateSync(zlib.deflateSync(input, { level: 1 })).toString());
const big = Buffer.from('kiln '.repeat(50000) + '✓'.repeat(1000));
const packed = zlib.gzipSync(big);
console.log(big.length, packed.length < 2000, zlib.gunzipSync(packed).equals(big));
// Produced by Node (C zlib): kiln reads them.
console.log(zlib.inflateSync(Buffer.from('eJzLSM3JyVfIQCcBaAMIsQ==', 'base64')).toString());
console.log(zlib.gunzipSync(Buffer.from('H4sIAAAAAAAAA0tMSgYAwkEkNQMAAAA=', 'base64')).toString());
console.log(zlib.gzipSync('').length, zlib.gzipSync('abc').toString('hex'), zlib.deflateSync(new Uint8Array(0)).toString('hex'));
console.log(zlib.inflateSync(zlib.deflateSync(new Uint16Array([1, 2, 3]).buffer)).length);
console.log(typeof zlib.constants.Z_BEST_COMPRESSION, zlib.constants.Z_BEST_COMPRESSION);

function check(label, f) {
  try {
    f();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.message);
  }
}
for (const f of ['gunzipSync', 'inflateSync', 'unzipSync']) {
  check(f, () => zlib[f](Buffer.from('not compressed data')));
}
check('truncated', () => zlib.gunzipSync(g.subarray(0, 10)));
check('bad input', () => zlib.deflateSync(5));
check('bad level', () => zlib.deflateSync('x', { level: 12 }));
check('level type', () => zlib.deflateSync('x', { level: '1' }));
