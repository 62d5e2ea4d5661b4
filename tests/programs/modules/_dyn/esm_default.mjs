console.log('esm_default.mjs evaluated');
export const a = 1;
export default function hello() { return 'hi'; }
