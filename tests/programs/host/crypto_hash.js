// crypto.createHash / createHmac: digests of known inputs, chained update, encodings, copy, errors.
const crypto = require('crypto');

for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']) {
  console.log(alg, crypto.createHash(alg).update('The quick brown fox ').update('jumps over the lazy dog').digest('hex'));
}
console.log(crypto.createHash('md5').update('').digest('base64'));
console.log(crypto.createHash('sha256').update('hi').digest('base64url'));
console.log(crypto.createHash('sha256').update('hi').digest());
console.log(crypto.createHash('sha256').update('hi').digest('nonsense'));
console.log(crypto.createHash('sha1').digest('latin1').length);
console.log(crypto.createHash('SHA256').update('x').digest('hex'));
console.log(crypto.createHash('sha512').update('abff', 'hex').digest().length);
console.log(crypto.createHash('sha256').update(Buffer.from([1, 2, 3])).update(new Uint16Array([258])).digest('hex'));
console.log(crypto.createHash('sha256').update('héllo ✓').digest('hex'));
console.log(crypto.createHash('md5').update('aGk=', 'base64').digest('hex'));
const h = crypto.createHash('sha1').update('abc');
const c = h.copy();
c.update('def');
console.log(h.digest('hex'), c.digest('hex'));
console.log(crypto.createHmac('sha256', 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'));
console.log(crypto.createHmac('md5', Buffer.from('key')).update('msg').digest('base64'));
console.log(crypto.createHmac('sha512', 'k'.repeat(200)).update('long key').digest('hex').slice(0, 32));
console.log(crypto.createHmac('sha1', '').digest('hex'));
console.log(crypto.getHashes().includes('sha256'), typeof crypto.createHash('md5').update);

function check(label, f) {
  try {
    f();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
check('unknown', () => crypto.createHash('nope'));
const done = crypto.createHash('sha256');
done.digest();
check('update after digest', () => done.update('b'));
check('digest twice', () => done.digest());
check('bad data', () => crypto.createHash('sha1').update(5));
check('bad algorithm', () => crypto.createHash(5));
check('hmac no key', () => crypto.createHmac('sha256'));
check('hmac unknown', () => crypto.createHmac('nope', 'k'));
