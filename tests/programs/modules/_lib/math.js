'use strict';
let n = 0;
exports.add = (a, b) => a + b;
exports.counter = function () { return ++n; };
const cyc = require('./cycle');
exports.cycleSaw = cyc.saw;
