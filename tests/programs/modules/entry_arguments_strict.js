'use strict';
// Top-level `arguments` of a strict CommonJS entry: the wrapper's arguments
// are the same values as the entry's own bindings, and, the wrapper being
// strict, reading `callee` throws.
const path = require('path');
console.log(arguments.length, Object.prototype.toString.call(arguments));
console.log(arguments[0] === exports, arguments[0] === module.exports, arguments[1] === require);
console.log(arguments[2] === module, path.basename(arguments[3]), arguments[4] === __dirname);
try {
  console.log(arguments.callee);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
exports.x = 1;
console.log(arguments[0].x, module.exports.x);
