import { a, b as bee, baseDefault, ns, star1, star2, shared, again } from './_esm/re.mjs';
import * as all from './_esm/re.mjs';
import { even } from './_esm/even.mjs';
import { helper } from './_esm/h1.mjs';
import { helper as helper2, Klass } from './_esm/h2.mjs';
import { url, file, dir } from './_esm/meta.mjs';
import { assignUndeclared, plainThis } from './_esm/strict.mjs';

console.log(a, bee, baseDefault, star1, star2, shared, again);
console.log(ns.x, ns.default, Object.keys(ns));
console.log(Object.keys(all), 'dup' in all);
console.log(even(10), even(7));
console.log(helper(), helper2(), new Klass().who(), Klass.make().who());
console.log(url.startsWith('file:///'), url.endsWith('/_esm/meta.mjs'), file.endsWith('/_esm/meta.mjs'), dir.endsWith('/_esm'));
console.log(assignUndeclared(), plainThis());
const helperLocal = 'local';
console.log(helperLocal);
console.log(all);
