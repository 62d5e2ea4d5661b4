// assert.throws / doesNotThrow: validation by class, RegExp, function and object, and their messages.
const assert = require('assert');

function check(label, f) {
  try {
    f();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
    if (e.code === 'ERR_ASSERTION') console.log('  operator:', e.operator, 'generated:', e.generatedMessage);
  }
}

const boom = () => { throw new TypeError('boom'); };
check('no error arg', () => assert.throws(boom));
check('class', () => assert.throws(boom, TypeError));
check('base class', () => assert.throws(boom, Error));
check('wrong class', () => assert.throws(boom, RangeError));
check('regexp', () => assert.throws(boom, /bo+m/));
check('regexp miss', () => assert.throws(boom, /bang/));
check('function', () => assert.throws(boom, (e) => e instanceof TypeError && e.message === 'boom'));
check('function false', () => assert.throws(boom, (e) => e.message === 'z'));
check('named function', () => assert.throws(boom, function validate() { return 1; }));
check('object', () => assert.throws(boom, { name: 'TypeError', message: 'boom' }));
check('object regexp', () => assert.throws(boom, { message: /^bo/ }));
check('object miss', () => assert.throws(boom, { name: 'TypeError', message: /right/ }));
check('object extra key', () => assert.throws(boom, { code: 'X' }));
check('object error', () => assert.throws(boom, new TypeError('boom')));
check('empty object', () => assert.throws(() => { throw new Error('e'); }, {}));
check('primitive thrown', () => assert.throws(() => { throw 'str'; }, { message: 'x' }));
check('missing', () => assert.throws(() => {}));
check('missing class', () => assert.throws(() => {}, TypeError));
check('missing message', () => assert.throws(() => {}, 'expected it'));
check('missing class message', () => assert.throws(() => {}, TypeError, 'with text'));
check('custom message', () => assert.throws(boom, RangeError, 'not a range'));
check('not a function', () => assert.throws(1));
check('bad error arg', () => assert.throws(boom, 5));
check('doesNotThrow ok', () => assert.doesNotThrow(() => 1));
check('doesNotThrow', () => assert.doesNotThrow(boom));
check('doesNotThrow message', () => assert.doesNotThrow(boom, 'why'));
check('doesNotThrow class', () => assert.doesNotThrow(boom, TypeError, 'why'));
check('doesNotThrow other class', () => assert.doesNotThrow(boom, RangeError));
check('doesNotThrow primitive', () => assert.doesNotThrow(() => { throw 5; }));
check('doesNotThrow regexp', () => assert.doesNotThrow(boom, /boom/));
