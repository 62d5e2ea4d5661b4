// console.log joins its arguments with single spaces and ends with a newline.
console.log("a", "b", "c");
console.log(1, "two", true, null, undefined, NaN);
console.log("", "");
console.log("x", "");
console.log();
console.log("after empty line");
console.log(" leading", "trailing ");
console.log(-0, 0, "-0");
console.log("multi\nline", "arg");
console.log(1.5e300, -1e-300, 2 ** 31);
