import { here } from './_esm/exports';
console.log(here);
