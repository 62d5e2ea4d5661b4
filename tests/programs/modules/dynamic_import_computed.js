// import() of a computed specifier: the modules this file names are bundled
// (folded values and string literals); ToString of the specifier happens
// when import() is called and its failure rejects the promise.
const dir = import.meta.dirname;
const clean = (s) => String(s).split(dir).join('<dir>');
const show = (label, p) =>
  p.then(
    (ns) => console.log(label, 'resolved', ns.which ?? Object.keys(ns).length),
    (e) => console.log(label, 'rejected', e?.name, e?.code, clean(e?.message ?? e)),
  );
const base = './_fail/pick_';
let suffix = '.mjs';
await show('concatenation', import(base + 'a' + suffix));
await show('template', import(`${base}b${suffix}`));
await show('conditional', import(Math.random() < 2 ? './_fail/pick_a.mjs' : './_fail/pick_b.mjs'));
let spec = './_fail/pick';
await show('compound assignment', import(spec += '_b.mjs'));
const names = ['./_fail/pick_a.mjs', './_fail/pick_b.mjs', './_fail/pick_c.mjs'];
for (const n of names) await show('from an array ' + n.slice(-10), import(n));
await show('dots resolved', import('./_fail/../_fail/./pick_a.mjs'.toString()));
await show('object with toString', import({ toString() { return './_fail/pick_b.mjs'; } }));
let order = [];
const p = import({ toString() { order.push('toString'); throw new TypeError('no string'); } });
order.push('after the call');
await show('toString throws', p);
console.log(order.join(', '));
await show('symbol', import(Symbol('s')));
await show('a number', import(42));
const where = 'node:' + 'path';
await show('built-in', import(where).then((ns) => ({ which: ns.sep })));
const lib = 'pa' + 'th';
await show('bare built-in', import(lib).then((ns) => ({ which: typeof ns.default.join })));
// Evaluating the argument throws synchronously, before any promise.
try {
  import(undefinedName);
} catch (e) {
  console.log('argument threw', e.name);
}
