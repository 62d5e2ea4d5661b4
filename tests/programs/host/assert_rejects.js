// assert.rejects / doesNotReject: promises and promise-returning functions, validation, errors.
const assert = require('assert');

async function check(label, f) {
  try {
    await f();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}

(async () => {
  await check('rejects', () => assert.rejects(Promise.reject(new TypeError('no'))));
  await check('rejects class', () => assert.rejects(async () => { throw new TypeError('no'); }, TypeError));
  await check('rejects wrong class', () => assert.rejects(async () => { throw new TypeError('no'); }, RangeError));
  await check('rejects object', () => assert.rejects(Promise.reject(new Error('x')), { message: 'x' }));
  await check('rejects resolves', () => assert.rejects(Promise.resolve(1)));
  await check('rejects resolves msg', () => assert.rejects(async () => 1, Error, 'should fail'));
  await check('rejects not promise', () => assert.rejects(() => 5));
  await check('rejects bad arg', () => assert.rejects(5));
  await check('doesNotReject', () => assert.doesNotReject(Promise.resolve(2)));
  await check('doesNotReject rejects', () => assert.doesNotReject(Promise.reject(new Error('bad'))));
  await check('doesNotReject fn', () => assert.doesNotReject(async () => { throw new Error('bad'); }, 'msg'));
  const p = assert.rejects(Promise.reject(new Error('y')));
  console.log(p instanceof Promise);
  await p;
  console.log('done');
})();
