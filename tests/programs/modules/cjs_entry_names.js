// The entry file is a CommonJS module even when it only reads its module
// names under `typeof` or through a property (`require.main`, `module.exports`).
console.log(typeof module, typeof exports, typeof require, typeof __filename, typeof __dirname);
if (require.main === module) console.log('run as main');
module.exports = { a: 1 };
console.log(module.exports, this === module.exports, exports === module.exports);
