// zlib's callback forms: results and errors arrive asynchronously.
const zlib = require('zlib');
zlib.gzip('cb form', (err, buf) => {
  console.log('gzip', err, Buffer.isBuffer(buf), buf.length);
  zlib.gunzip(buf, (err2, out) => {
    console.log('gunzip', err2, out.toString());
    zlib.inflate(Buffer.from('bad'), (err3, out3) => {
      console.log('inflate', err3.code, err3.errno, err3.message, out3);
      zlib.deflateRaw('raw', { level: 9 }, (err4, out4) => {
        console.log('deflateRaw', err4, out4.toString('base64'));
      });
    });
  });
});
try {
  zlib.gzip('x');
} catch (e) {
  console.log(e.code, e.message);
}
console.log('sync end');
