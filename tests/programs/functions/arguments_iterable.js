// `arguments` is iterable: spread, for-of, Array.from, destructuring.
function spread() { return [...arguments]; }
console.log(spread(1, 2, 3), spread());
function forOf() { const r = []; for (const a of arguments) r.push(a * 2); return r; }
console.log(forOf(4, 5));
function destructure() { const [a, , c] = arguments; return a + c; }
console.log(destructure(1, 2, 3));
function strict() { 'use strict'; return Array.from(arguments); }
console.log(strict('x', 'y'));
function info() { return [typeof arguments[Symbol.iterator], arguments[Symbol.iterator] === Array.prototype.values, Object.keys(arguments), arguments.length]; }
console.log(info(7, 8));
function mapped(a) { a = 9; return [...arguments]; }
console.log(mapped(1, 2));
// A nested ordinary function has its own `arguments`, even when the outer
// function mentioned its own first.
function outer() { arguments; return function () { return arguments[0]; }; }
console.log(outer('outer')('inner'));
function outer2(x) { const n = arguments.length; return [n, (function () { return arguments.length; })(1, 2, 3)]; }
console.log(outer2(1));
function viaArrow() { arguments; return () => arguments[0]; }
console.log(viaArrow('outer')('inner'));
