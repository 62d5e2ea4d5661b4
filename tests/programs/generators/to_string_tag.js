// Symbol.toStringTag of generators and generator functions.
function* g() {}
console.log(Object.prototype.toString.call(g()));
console.log(Object.prototype.toString.call(g));
console.log(String(g()));
const GP = Object.getPrototypeOf(g.prototype);
console.log(GP[Symbol.toStringTag], Object.getPrototypeOf(g)[Symbol.toStringTag]);
