import { here } from './_esm/exports.mjs';
import { nope } from './_esm/exports.mjs';
console.log(here, nope);
