// The primitive values print as node prints them.
console.log(undefined);
console.log(null);
console.log(true);
console.log(false);
console.log(0);
console.log(42);
console.log(-7);
console.log("a string");
console.log("");
console.log(NaN);
console.log(Infinity);
console.log(-Infinity);
