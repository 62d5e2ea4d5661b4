// The arguments object: length, indexing, array-likeness, extra and missing arguments.
function info() {
  return arguments.length + " [" + Array.prototype.join.call(arguments, ",") + "]";
}
console.log(info(), info(1), info(1, "two", null, undefined), info(undefined));
function second() { return arguments[1]; }
console.log(second("a", "b", "c"), second("a"));
function typeOfArgs() { return typeof arguments + " " + Array.isArray(arguments) + " " + Object.prototype.toString.call(arguments); }
console.log(typeOfArgs());
function extra(a) { return a + "|" + arguments[1] + "|" + arguments.length; }
console.log(extra(1, 2, 3), extra());
// arguments is writable and can grow (length does not change automatically)
function grow() {
  arguments[5] = "five";
  arguments.length = 7;
  return arguments.length + " " + arguments[5];
}
console.log(grow(1));
// converting to a real array
function toArray() { return Array.prototype.slice.call(arguments); }
const arr = toArray(3, 1, 2);
console.log(Array.isArray(arr), arr.sort().join(","));
// sum with a loop
function sum() { let s = 0; for (let i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
console.log(sum(), sum(1), sum(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
// variadic max
function max() { return Math.max.apply(null, arguments); }
console.log(max(3, 7, 2), max());
// for-in over arguments lists indices only
function keys() { const k = []; for (const key in arguments) k.push(key); return k.join(","); }
console.log(keys("a", "b", "c"));
console.log((function () { return Object.keys(arguments).join(","); })(9, 8));
// arguments.length is own, non-enumerable
function desc() {
  const d = Object.getOwnPropertyDescriptor(arguments, "length");
  return [d.value, d.writable, d.enumerable, d.configurable].join(",");
}
console.log(desc(1, 2));
// forwarding arguments
function inner() { return "inner got " + arguments.length + ": " + Array.prototype.join.call(arguments, " "); }
function outer() { return inner.apply(null, arguments); }
console.log(outer("x", "y", "z"));
// arguments in nested functions is per function
function outerArgs() {
  const innerFn = function () { return arguments.length; };
  return arguments.length + "/" + innerFn();
}
console.log(outerArgs(1, 2, 3));
// arguments.callee in sloppy code refers to the function
function self() { return arguments.callee === self; }
console.log(self());
// arguments shadowed by a parameter or variable named arguments
function shadowParam(arguments) { return arguments; }
console.log(shadowParam("param wins"));
function shadowVar() { var arguments = "var wins"; return arguments; }
console.log(shadowVar(1, 2));
// each call gets its own arguments object
const saved = [];
function keep() { saved.push(arguments); }
keep(1); keep(2, 3);
console.log(saved.length, saved[0][0], saved[1].length, saved[0] !== saved[1]);
// arguments used with map via call
function doubled() { return Array.prototype.map.call(arguments, x => x * 2).join(" "); }
console.log(doubled(1, 2, 3));
// arguments in methods and class methods
const obj = { m() { return arguments.length; } };
class K { m() { return arguments[0]; } static s() { return arguments.length; } }
console.log(obj.m(1, 2), new K().m("cls"), K.s(1, 2, 3));
