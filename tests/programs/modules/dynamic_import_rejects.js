// import() of a module that cannot be found, parsed or linked compiles (with
// a warning) and rejects its promise with Node's error when it runs.
const dir = import.meta.dirname;
const show = (label, p) =>
  p.then(
    (ns) => console.log(label, 'resolved', Object.keys(ns)),
    (e) => console.log(label, 'rejected', e instanceof Error, e.name, e.code, typeof e.message === 'string' ? e.message.split(dir).join('<dir>') : e, e.url ? e.url.split(dir).join('<dir>') : e.url),
  );
console.log('start');
const p = import('./_fail/nowhere.mjs');
console.log('a promise:', p instanceof Promise);
await show('not found', p);
await show('not found again', import('./_fail/nowhere.mjs'));
await show('missing export', import('./_fail/missing_export.mjs'));
await show('ambiguous star export', import('./_fail/ambiguous.mjs'));
await show('early error', import('./_fail/dup_function.mjs'));
await import('./_fail/bad_syntax.mjs').catch((e) => console.log('syntax error', e.name));
await show('dependency not found', import('./_fail/imports_missing.mjs'));
await show('dependency does not link', import('./_fail/imports_broken.mjs'));
await show('json without attribute', import('./_fail/data.json'));
await show('json', import('./_fail/data.json', { with: { type: 'json' } }));
await show('bare package', import('no-such-package/sub'));
await show('scoped package', import('@scope/no-such-package'));
await show('top-level throw', import('./_fail/throws.mjs'));
await show('top-level throw again', import('./_fail/throws.mjs'));
// A module beside the failures still loads, once.
const ok = await import('./_fail/ok.mjs');
console.log(ok.default('world'), ok.name, ok === (await import('./_fail/ok.mjs')));
// Rejections are asynchronous: the code after the call runs first.
import('./_fail/nowhere.mjs').catch(() => console.log('rejected later'));
console.log('end');
