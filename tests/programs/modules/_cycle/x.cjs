exports.early = 'x-early';
try {
  require('./y.mjs');
} catch (e) {
  console.log('x.cjs:', e.code, e.message.split(__dirname).join('<dir>'));
}
exports.late = 'x-late';
