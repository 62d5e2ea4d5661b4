// assert.deepStrictEqual's message: Node's line diff (+ actual - expected), skipped lines, indicator.
const assert = require('assert');

function show(a, b, msg) {
  try {
    assert.deepStrictEqual(a, b, msg);
    console.log('equal');
  } catch (e) {
    console.log(e.message);
    console.log('--- generated:', e.generatedMessage);
  }
}

show({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] } });
show([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]);
show([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [0, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
show({ a: 1 }, { a: 1, b: 2 });
show([1], [1, 2, 3]);
show([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 8, 9]);
show(new Map([[1, 2]]), new Map([[1, 3]]));
show(new Set([1]), new Set([2]));
show('abc', 'abd');
show([1, 2], { 0: 1, 1: 2 });
show(null, undefined);
show(new Date(0), new Date(1));
show({ a: 'x' }, 'x');
show({ b: 1, a: 2 }, { a: 2, b: 3 });
show(-0, 0);
show([{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }], [{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 7 }]);
show([1, [2, [3]]], [1, [2, [4]]]);
show({ a: 1 }, { a: 2 }, 'my message');
show(1, 2, 'short one');
show({ a: Symbol.for('x') }, { a: Symbol.for('x') });
show({ 'key with space': 1, valid_id: [] }, { 'key with space': 2, valid_id: [] });
