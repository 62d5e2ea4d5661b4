'use strict';
// Node's fs, synchronous half: kiln's native module (runtime/src/builtins/node/fs.rs).
module.exports = process.binding('fs');
