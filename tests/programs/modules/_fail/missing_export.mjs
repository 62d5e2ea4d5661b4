import { nothing } from './ok.mjs';
console.log('never evaluated', nothing);
