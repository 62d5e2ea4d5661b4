'use strict';
// Node's readline/promises: question() returns a promise.
module.exports = require('readline').promises;
