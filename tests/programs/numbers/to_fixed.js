// Number.prototype.toFixed rounding and formatting.
console.log((1.5).toFixed(), (2.5).toFixed(), (-1.5).toFixed());
console.log((3.14159).toFixed(2), (3.14159).toFixed(0), (3.14159).toFixed(4));
console.log((0).toFixed(2), (-0).toFixed(1), (0.5).toFixed(0));
console.log((1.005).toFixed(2), (1.045).toFixed(2), (8.345).toFixed(2));
console.log((123.456).toFixed(10));
console.log((1e21).toFixed(2), (1e20).toFixed(2));
console.log((0.000001).toFixed(7), (1e-10).toFixed(3));
console.log(NaN.toFixed(2), Infinity.toFixed(1), (-Infinity).toFixed(0));
console.log((-0.0001).toFixed(2), (-1.23).toFixed(1));
console.log((10).toFixed(3), (99.995).toFixed(2), (2 ** 60).toFixed(1));
console.log((1 / 3).toFixed(20));
let price = 19.99, qty = 3;
console.log("total: " + (price * qty).toFixed(2));
