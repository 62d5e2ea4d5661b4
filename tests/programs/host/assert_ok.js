// assert(x) / assert.ok: the generated message quotes the call's source text; fail, ifError, match.
const assert = require('assert');

function check(label, f) {
  try {
    f();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator, String(e.actual), String(e.expected));
  }
}

check('ok', () => { assert.ok(0); });
check('assert', () => { assert(1 === 2); });
function twoLines(v) {
  assert.ok(v.a &&
    v.b, undefined);
}
check('two lines', () => { twoLines({ a: 1 }); });
check('strings', () => { const x = 5; assert(typeof x === 'string' && ')' !== "(", undefined); });
check('message', () => { assert(null, 'custom'); });
check('error message', () => { assert(false, new SyntaxError('own')); });
check('no args', () => { assert.ok(); });
check('truthy', () => { assert(1); assert.ok('x'); assert({}); });
check('fail', () => { assert.fail(); });
check('fail message', () => { assert.fail('boom'); });
check('fail error', () => { assert.fail(new TypeError('t')); });
check('ifError null', () => { assert.ifError(null); assert.ifError(undefined); });
check('ifError error', () => { assert.ifError(new Error('e')); });
check('ifError value', () => { assert.ifError('bad'); });
check('match', () => { assert.match('abc', /b/); });
check('match miss', () => { assert.match('abc', /x/); });
check('match not string', () => { assert.match(1, /x/); });
check('match bad regexp', () => { assert.match('x', 'x'); });
check('doesNotMatch', () => { assert.doesNotMatch('abc', /b/); });
check('doesNotMatch message', () => { assert.doesNotMatch('abc', /b/, 'no b please'); });
