// Number.prototype.toString with a radix.
const n = 255;
console.log(n.toString(), n.toString(2), n.toString(8), n.toString(16), n.toString(36));
console.log((0).toString(2), (-255).toString(16), (35).toString(36));
console.log((1e21).toString(), (1e21).toString(10));
console.log((0.5).toString(2), (0.1).toString(3), (0.25).toString(16));
console.log((-0.75).toString(2), (3.75).toString(16));
console.log((2 ** 53).toString(2), (2 ** 32 - 1).toString(16));
console.log((123.456).toString(36));
console.log(NaN.toString(2), Infinity.toString(16), (-Infinity).toString(36));
let x = 10;
console.log(x.toString(5), (x * x).toString(7));
console.log((0.1).toString(), (1e-7).toString());
