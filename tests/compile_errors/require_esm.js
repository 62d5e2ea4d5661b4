const m = require('./_esm/exports.mjs');
console.log(m);
