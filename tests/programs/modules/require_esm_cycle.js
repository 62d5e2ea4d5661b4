// require() of an ES module in a cycle throws ERR_REQUIRE_CYCLE_MODULE as
// Node 20.19+ does: a CommonJS module requiring an ES module still being
// evaluated, and an ES module importing a CommonJS module still loading.
const b = require('./_cycle/b.mjs');
console.log('b:', b.default, b.__esModule);
const x = require('./_cycle/x.cjs');
console.log('x:', x.early, x.late);
// Once loaded, both load again without a cycle.
console.log(require('./_cycle/b.mjs') === b, require('./_cycle/y.mjs').y);
