import { shared } from './shared.mjs';
console.log('a.mjs evaluated');
export const name = 'a';
export function f() { return 'f from a, ' + shared; }
export default class A {}
