import { x } from './ambiguous_stars.mjs';
console.log('never evaluated', x);
