console.log('b.mjs evaluated');
export let count = 0;
export function bump() { count++; }
