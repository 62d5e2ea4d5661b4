'use strict';
// Node's fs/promises: the promise forms of kiln's fs.
module.exports = require('fs').promises;
