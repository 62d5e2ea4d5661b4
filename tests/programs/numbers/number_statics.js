// Number.* constants and predicates.
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
console.log(Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.EPSILON);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger("5"));
console.log(Number.isInteger(Infinity), Number.isInteger(NaN), Number.isInteger(-0), Number.isInteger(1e300));
console.log(Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(3.1));
console.log(Number.isFinite(0), Number.isFinite(Infinity), Number.isFinite("0"), Number.isFinite(null));
console.log(Number.isNaN(0 / 0), Number.isNaN("NaN"), Number.isNaN(NaN + 1));
console.log(Number.MAX_SAFE_INTEGER + 2, Number.MAX_VALUE * 2);
console.log(0.1 + 0.2 - 0.3 < Number.EPSILON);
