const named = require('./esm_named.mjs');
module.exports = { sum: named.x + named.y() };
