// console.error writes to stderr; console.log to stdout.
console.log("to stdout 1");
console.error("to stderr 1");
console.error("error with", 2, "args", true, null);
console.log("to stdout 2");
console.error(-0, NaN, undefined);
console.error("tab\tseparated");
