// assert, crypto and url imported by an ES module (default and named imports), and the URL globals.
import assert, { strictEqual, deepStrictEqual, AssertionError } from 'node:assert';
import strict from 'assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import url, { fileURLToPath, pathToFileURL } from 'url';

strictEqual(1, 1);
deepStrictEqual({ a: [1] }, { a: [1] });
try {
  strict.equal(1, '1');
} catch (e) {
  console.log(e instanceof AssertionError, e.message.split('\n')[0]);
}
try {
  assert(import.meta.url === 'nope');
} catch (e) {
  console.log(JSON.stringify(e.message));
}
console.log(createHash('sha1').update('esm').digest('hex'), typeof randomUUID());
console.log(fileURLToPath(import.meta.url) === import.meta.filename, pathToFileURL(import.meta.filename).href === import.meta.url);
console.log(url.URL === URL, new URL('./x.js', import.meta.url).pathname.endsWith('/modules/x.js'));
console.log(structuredClone(new Map([[1, { deep: true }]])));
