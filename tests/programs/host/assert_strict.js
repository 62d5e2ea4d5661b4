// require('assert/strict') and assert.strict: the loose names compare strictly.
const strict = require('assert/strict');
const assert = require('node:assert');

console.log(strict === assert.strict, strict.strict === strict, typeof strict.AssertionError);
console.log(strict.equal === strict.strictEqual, assert.equal === assert.strictEqual);
try {
  strict.equal(1, '1');
} catch (e) {
  console.log(e.operator, JSON.stringify(e.message));
}
try {
  strict.deepEqual({ a: 1 }, { a: '1' });
} catch (e) {
  console.log(e.operator, JSON.stringify(e.message));
}
try {
  strict(0);
} catch (e) {
  console.log(e.operator, JSON.stringify(e.message));
}
assert.deepEqual({ a: 1 }, { a: '1' });
console.log('loose passes');
