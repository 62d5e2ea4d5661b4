// Reading an undefined variable outside try is an uncaught ReferenceError.
let total = 1;
console.log("total", total);
console.log(totl + 1);
