console.log('a CommonJS entry');
async function load() {
  return import('./no_such_module.mjs');
}
load();
