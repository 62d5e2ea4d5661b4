// import() of bundled modules: a promise of the namespace, evaluated when first imported.
import { x } from './_esm/base.mjs';
console.log('entry start', x);
const p = import('./_esm/lazy.mjs');
console.log('import() returned', Object.prototype.toString.call(p));
p.then((ns) => {
  console.log(ns, ns.default(ns.answer));
  return import('./_esm/lazy.mjs').then((again) => console.log('same namespace:', again === ns));
}).then(() => import('./_esm/base.mjs')).then((base) => console.log('already loaded:', base.x, base.default));
console.log('entry end');
