// An ES module with every kind of export.
export let counter = 0;
export function inc() { counter++; }
export function add(a, b) { return a + b; }
export class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  sum() { return this.x + this.y; }
}
export default function (x) { return x * 2; }
export const { alpha, beta: renamedBeta = 'b-default' } = { alpha: 'A' };
const obj = { get self() { return this; } };
console.log('lib evaluated; top-level this is', this, '; getter this ok:', obj.self === obj);
