// assert's equal, notEqual, strictEqual, notStrictEqual: Node's messages and the AssertionError's properties.
const assert = require('assert');

function check(label, f) {
  try {
    f();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e instanceof assert.AssertionError, e.name, e.code, JSON.stringify(e.message));
    console.log('  generated:', e.generatedMessage, 'operator:', e.operator, 'actual:', e.actual, 'expected:', e.expected);
  }
}

check('equal 1 1', () => assert.equal(1, '1'));
check('equal NaN', () => assert.equal(NaN, NaN));
check('equal null undefined', () => assert.equal(null, undefined));
check('equal 1 2', () => assert.equal(1, 2));
check('equal str', () => assert.equal('a', 'b'));
check('equal message', () => assert.equal(1, 2, 'one is not two'));
check('notEqual', () => assert.notEqual(1, '1'));
check('notEqual ok', () => assert.notEqual(1, 2));
check('strictEqual', () => assert.strictEqual(1, 2));
check('strictEqual 1 "1"', () => assert.strictEqual(1, '1'));
check('strictEqual NaN', () => assert.strictEqual(NaN, NaN));
check('strictEqual 0 -0', () => assert.strictEqual(0, -0));
check('strictEqual lines', () => assert.strictEqual('a\nb', 'a\nc'));
check('strictEqual long', () => assert.strictEqual('hello world, this is long', 'hello world, this is lung'));
check('strictEqual message', () => assert.strictEqual(1, 2, 'custom'));
check('strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 1 }));
check('strictEqual objects differ', () => assert.strictEqual({ a: 1 }, { a: 2 }));
check('notStrictEqual', () => assert.notStrictEqual(1, 1));
check('notStrictEqual long', () => assert.notStrictEqual('hello world', 'hello world'));
const o = {};
check('notStrictEqual object', () => assert.notStrictEqual(o, o));
check('notStrictEqual message', () => assert.notStrictEqual(1, 1, 'same'));
check('error message', () => assert.strictEqual(1, 2, new RangeError('mine')));
check('missing args', () => assert.strictEqual(1));
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(Object.keys(e), e.name, String(e).split('\n')[0]);
console.log(JSON.stringify(new assert.AssertionError({ actual: 1, expected: 2, operator: 'foo' }).message));
check('bad options', () => new assert.AssertionError(1));
