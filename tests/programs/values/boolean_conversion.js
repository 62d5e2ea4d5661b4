// Boolean() on primitives and the results of expressions.
console.log(Boolean());
console.log(Boolean(undefined));
console.log(Boolean(null));
console.log(Boolean(0));
console.log(Boolean(-0));
console.log(Boolean(NaN));
console.log(Boolean(""));
console.log(Boolean("0"));
console.log(Boolean(" "));
console.log(Boolean(1 / 0));
console.log(Boolean(0.000001));
console.log(Boolean(1 - 1));
console.log(Boolean("a" + ""));
console.log(Boolean(function () {}));
console.log(Boolean(true && 0));
