export const x = 1;
import('./_esm/exports.mjs').then(console.log);
