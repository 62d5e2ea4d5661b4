// import() in a CommonJS file: a computed specifier and a missing module
// reject with Node's errors; bundled ones resolve.
const clean = (s) => String(s).split(__dirname).join('<dir>');
const pick = (name) => import('./_fail/pick_' + name + '.mjs');
pick('a')
  .then((ns) => console.log('picked', ns.which))
  .then(() => pick('z'))
  .catch((e) => console.log('rejected', e.code, clean(e.message)))
  .then(() => import('./_fail/nowhere.cjs'))
  .catch((e) => console.log('rejected', e.code, clean(e.message)))
  .then(() => import('./_fail/missing_export.mjs'))
  .catch((e) => console.log('rejected', e.name, e.message));
console.log('sync end');
