// crypto.randomBytes / randomInt / randomUUID / timingSafeEqual: shapes, ranges and errors (no random value printed).
const crypto = require('crypto');

const b = crypto.randomBytes(16);
console.log(Buffer.isBuffer(b), b.length, crypto.randomBytes(0).length);
let same = true;
const first = crypto.randomBytes(32).toString('hex');
for (let i = 0; i < 3; i++) if (crypto.randomBytes(32).toString('hex') !== first) same = false;
console.log('differ:', !same);
let inRange = true;
const seen = new Set();
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(3, 7);
  if (!Number.isInteger(n) || n < 3 || n >= 7) inRange = false;
  seen.add(n);
}
console.log('randomInt in range:', inRange, 'all values:', [...seen].sort().join(','));
console.log(crypto.randomInt(1) === 0, crypto.randomInt(-5, -4));
const uuid = crypto.randomUUID();
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid));
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
console.log(crypto.timingSafeEqual(new Uint8Array([1, 2]), new Uint16Array([513])));
console.log(crypto.getRandomValues(new Uint32Array(4)).length);

function check(label, f) {
  try {
    f();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
check('timing length', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
check('timing type', () => crypto.timingSafeEqual('a', 'b'));
check('randomInt order', () => crypto.randomInt(5, 1));
check('randomInt fraction', () => crypto.randomInt(1.5));
check('randomInt min', () => crypto.randomInt('1', 5));
check('randomBytes negative', () => crypto.randomBytes(-1));
check('randomBytes type', () => crypto.randomBytes('8'));
check('randomBytes callback', () => crypto.randomBytes(4, 5));
crypto.randomBytes(8, (err, buf) => console.log('async bytes', err, buf.length));
crypto.randomInt(10, (err, n) => console.log('async int', err, n >= 0 && n < 10));
console.log('sync end');
