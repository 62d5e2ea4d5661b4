// String() of every primitive, and implicit conversion via concatenation.
console.log(String());
console.log(String(undefined));
console.log(String(null));
console.log(String(true));
console.log(String(false));
console.log(String(0));
console.log(String(-0));
console.log(String(NaN));
console.log(String(-Infinity));
console.log(String(123.5));
console.log(String(1e21));
console.log(String(1e-7));
console.log(String("same"));
console.log("" + undefined + "|" + null + "|" + true + "|" + -0 + "|" + 0.1);
console.log(`${undefined} ${null} ${false} ${-0} ${NaN} ${2 ** 70}`);
