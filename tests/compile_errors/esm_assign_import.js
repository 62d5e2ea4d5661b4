import { here } from './_esm/exports.mjs';
console.log(here);
here = 2;
