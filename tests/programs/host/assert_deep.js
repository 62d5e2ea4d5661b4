// assert's deepEqual / deepStrictEqual and their negations: which values compare equal.
const assert = require('assert');
const util = require('util');

function cmp(label, a, b) {
  const r = [];
  for (const f of ['deepEqual', 'deepStrictEqual', 'notDeepEqual', 'notDeepStrictEqual']) {
    try {
      assert[f](a, b);
      r.push(f + ':pass');
    } catch (e) {
      r.push(f + ':' + e.code);
    }
  }
  console.log(label, r.join(' '), util.isDeepStrictEqual(a, b));
}

cmp('numbers', 1, 1);
cmp('1 "1"', 1, '1');
cmp('NaN', NaN, NaN);
cmp('0 -0', 0, -0);
cmp('null undefined', null, undefined);
cmp('objects', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 });
cmp('loose values', { a: 1 }, { a: '1' });
cmp('extra key', { a: 1 }, { a: 1, b: undefined });
cmp('arrays', [1, 2, 3], [1, 2, 3]);
cmp('array vs object', [1], { 0: 1 });
cmp('prototypes', Object.create(null), {});
class P { constructor() { this.x = 1; } }
cmp('class vs plain', new P(), { x: 1 });
cmp('dates', new Date(5), new Date(5));
cmp('dates differ', new Date(5), new Date(6));
cmp('regexps', /a/g, /a/g);
cmp('regexp flags', /a/g, /a/i);
cmp('errors', new Error('x'), new Error('x'));
cmp('errors differ', new Error('x'), new TypeError('x'));
cmp('maps', new Map([[1, { a: 1 }], [{ k: 1 }, 2]]), new Map([[{ k: 1 }, 2], [1, { a: 1 }]]));
cmp('maps differ', new Map([[1, 2]]), new Map([[1, 3]]));
cmp('sets', new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1]));
cmp('sets loose', new Set(['1']), new Set([1]));
cmp('typed', new Uint8Array([1, 2]), new Uint8Array([1, 2]));
cmp('typed kinds', new Uint8Array([1, 2]), new Int8Array([1, 2]));
cmp('boxed', new Number(1), new Number(1));
cmp('boxed differ', new String('a'), new String('b'));
const s = Symbol('s');
cmp('symbol keys', { [s]: 1 }, { [s]: 2 });
const c1 = { name: 'c' }; c1.self = c1;
const c2 = { name: 'c' }; c2.self = c2;
cmp('cycles', c1, c2);
const f = () => 1;
cmp('functions', f, f);
cmp('functions differ', () => 1, () => 1);
cmp('nested', { a: [{ b: new Map([['c', new Set([1])]]) }] }, { a: [{ b: new Map([['c', new Set([1])]]) }] });
