'use strict';
// Node's assert/strict: assert's strict mode.
module.exports = require('assert').strict;
