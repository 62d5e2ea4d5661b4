// A CommonJS module of an ES entry that requires an ES module and import()s another.
const named = require('./esm_named.mjs');
console.log('bridge.cjs evaluated, x =', named.x);
exports.total = named.x + named.y();
exports.loadA = () => import('./a.mjs');
