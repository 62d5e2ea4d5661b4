// Trigonometric and hyperbolic functions on exactly representable inputs.
console.log(Math.sin(0), Math.cos(0), Math.tan(0));
console.log(Math.sin(Math.PI / 2), Math.cos(Math.PI), Math.sin(-0));
console.log(Math.atan2(1, 1), Math.atan2(0, -1), Math.atan2(-0, 0), Math.atan2(0, -0));
console.log(Math.asin(1), Math.acos(-1), Math.atan(1), Math.atan(Infinity));
console.log(Math.asin(2), Math.acos(1.5));
console.log(Math.sinh(0), Math.cosh(0), Math.tanh(Infinity), Math.tanh(-Infinity));
console.log(Math.asinh(0), Math.acosh(1), Math.atanh(0), Math.atanh(1));
const deg = 180 / Math.PI;
console.log(Math.round(Math.atan2(1, 0) * deg), Math.round(Math.acos(0.5) * deg));
let s = 0;
for (let i = 0; i < 8; i++) s += Math.round(Math.sin((i * Math.PI) / 4) * 1000) / 1000;
console.log(s);
