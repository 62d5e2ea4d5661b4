// require() of an ES module (Node 20.19+ loads it synchronously): the
// namespace object, with __esModule when it has a default export, the
// 'module.exports' export when it names one; a graph with top-level await
// throws ERR_REQUIRE_ASYNC_MODULE.
console.log('start');
const named = require('./_dyn/esm_named.mjs');
console.log(named, named.y());
console.log('same object:', named === require('./_dyn/esm_named.mjs'));

const withDefault = require('./_dyn/esm_default.mjs');
console.log(withDefault, withDefault.default());
console.log('__esModule' in withDefault, withDefault.__esModule, Object.keys(withDefault));
console.log('evaluated once:', withDefault === require('./_dyn/esm_default.mjs'));

console.log(require('./_dyn/esm_exports.mjs'));
console.log(require('./_dyn/requires_esm.cjs'));

try {
  require('./_dyn/tla.mjs');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}

// import() of a required module gives the module's own namespace.
import('./_dyn/esm_default.mjs').then((ns) => {
  console.log('import() after require():', ns, ns === withDefault);
});
