// A sha256sum/md5sum-like tool: hashes stdin as Buffers stream in, prints digests in several encodings.
const crypto = require('crypto');
const sha = crypto.createHash('sha256');
const md5 = crypto.createHash('md5');
const hmac = crypto.createHmac('sha1', 'secret');
let bytes = 0;
let lines = 0;
process.stdin.on('data', (chunk) => {
  bytes += chunk.length;
  for (const b of chunk) if (b === 10) lines++;
  sha.update(chunk);
  md5.update(chunk);
  hmac.update(chunk);
});
process.stdin.on('end', () => {
  console.log(`${sha.digest('hex')}  -`);
  console.log(`${md5.digest('base64')}  -`);
  console.log(`hmac ${hmac.digest('hex')}`);
  console.log(`${bytes} bytes, ${lines} lines`);
});
