import value from './broken_inner.mjs';
console.log('never evaluated', value);
