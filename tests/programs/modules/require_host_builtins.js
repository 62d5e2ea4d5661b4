// require() of the host's built-in modules by bare and node: names: the same object each time.
const pairs = [
  ['assert', require('assert'), require('node:assert')],
  ['assert/strict', require('assert/strict'), require('node:assert/strict')],
  ['crypto', require('crypto'), require('node:crypto')],
  ['url', require('url'), require('node:url')],
  ['zlib', require('zlib'), require('node:zlib')],
];
for (const [n, a, b] of pairs) console.log(n, a === b, typeof a);
console.log(Object.keys(require('zlib')).filter((k) => k.endsWith('Sync') && !k.startsWith('brotli')).sort().join(','));
console.log(['URL', 'URLSearchParams', 'fileURLToPath', 'pathToFileURL'].every((k) => k in require('url')));
console.log(['createHash', 'createHmac', 'randomBytes', 'randomInt', 'randomUUID', 'timingSafeEqual'].every((k) => typeof require('crypto')[k] === 'function'));
try {
  require('node:internal/io');
} catch (e) {
  console.log('internal', e.code);
}
