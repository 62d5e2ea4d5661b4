try {
  require('./b.mjs');
} catch (e) {
  console.log('c.cjs:', e.code, e.message.split(__dirname).join('<dir>').split(require('path').dirname(__dirname)).join('<root>'));
}
module.exports = 'c';
