import x from './x.cjs';
console.log('y.mjs evaluated with', x);
export const y = 1;
