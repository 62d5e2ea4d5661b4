exports.early = 'x-early';
try {
  require('./y.mjs');
} catch (e) {
  console.log('x.cjs:', e.code, e.message.split(__dirname).join('<dir>').split(require('path').dirname(__dirname)).join('<root>'));
}
exports.late = 'x-late';
