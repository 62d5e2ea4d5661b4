// A missing module and a module that throws while loading.
try {
  require('./_lib/does-not-exist');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
try {
  require('./_lib/throws');
} catch (e) {
  console.log('caught', e.message);
}
const again = (() => { try { return require('./_lib/throws'); } catch (e) { return 'threw again: ' + e.message; } })();
console.log(again);
require('./_lib/uncaught');
