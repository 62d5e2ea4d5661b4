const util = require('util');
console.log(util.format('%s is %d years and %i days, %f%%', 'kiln', 42.5, 7.9, 1.5), util.format('a', 1, { b: [2] }));
console.log(util.format('%j %o', { x: 1 }, [1]), util.format('%s', null, 'extra'));
const deep = { a: { b: { c: { d: { e: 1 } } } }, list: [1, 2, 3] };
console.log(util.inspect(deep));
console.log(util.inspect(deep, { depth: 0 }));
console.log(util.inspect(deep, { depth: null }));
console.log(util.inspect(deep, { depth: Infinity }) === util.inspect(deep, { depth: null }));
console.log(util.inspect('str'), util.inspect([1, 'a']), util.inspect(new Map([[1, 2]])));
console.log(util.inspect([1, 2], { showHidden: true }));
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
console.log(new Dog('rex').speak(), Dog.super_ === Animal, new Dog('x') instanceof Animal);
try { util.inherits(Dog, null); } catch (e) { console.log(e.code, e.message); }
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ['1']));
console.log(util.isDeepStrictEqual(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])), util.isDeepStrictEqual(new Set([1]), new Set([2])));
console.log(util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0), util.isDeepStrictEqual([1, 2], { 0: 1, 1: 2 }));
const cyc1 = { n: 1 }; cyc1.self = cyc1;
const cyc2 = { n: 1 }; cyc2.self = cyc2;
console.log(util.isDeepStrictEqual(cyc1, cyc2));
console.log(util.types.isRegExp(/x/), util.types.isMap(new Map()), util.types.isGeneratorFunction(function* () {}), util.isArray([]));
console.log(typeof util.inspect.custom, util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
