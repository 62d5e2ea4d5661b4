// Math constants.
console.log(Math.PI, Math.E);
console.log(Math.LN2, Math.LN10);
console.log(Math.LOG2E, Math.LOG10E);
console.log(Math.SQRT2, Math.SQRT1_2);
console.log(Math.PI * 2, Math.E ** 2);
