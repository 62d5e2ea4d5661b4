// Rest parameters, default parameter values (evaluated per call, seeing earlier parameters), `length`.
function sum(...nums) { let t = 0; for (let i = 0; i < nums.length; i++) t += nums[i]; return t; }
console.log(sum(), sum(1), sum(1, 2, 3, 4, 5), sum.length);
function greet(name = "world", punct = "!") { return "hello " + name + punct; }
console.log(greet(), greet("kiln"), greet(undefined, "?"), greet.length);
function mix(a, b = a * 2, ...rest) { return [a, b, rest.length, arguments.length].join(","); }
console.log(mix(1), mix(1, 5, 7, 8), mix.length);
const arrow = (x, y = 10) => x + y;
console.log(arrow(1), arrow(1, 2), arrow.length);
class P { constructor(x = 0, y = x + 1) { this.x = x; this.y = y; } sum(...more) { return this.x + this.y + more.length; } }
const p = new P(); console.log(p.x, p.y, new P(5).y, p.sum(1, 2), P.length);
function sloppy(a, b = 2) { a = 9; return arguments[0]; }
console.log(sloppy(1));
let calls = 0;
function counted(v = ++calls) { return v; }
console.log(counted(), counted(5), counted(), calls);
