export const x = 1;
const name = './_esm/exports.mjs';
import(name).then(console.log);
