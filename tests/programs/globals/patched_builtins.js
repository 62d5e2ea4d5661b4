// Programs may replace builtins: a seeded Math.random, a captured
// console.log, a parseInt wrapper. Calls written as the builtin's path
// (Math.random(), console.log(...)) then call whatever the property holds.
let seed = 42;
Math.random = function () { seed = (seed * 16807) % 2147483647; return (seed - 1) / 2147483646; };
const rolls = [];
for (let i = 0; i < 5; i++) rolls.push(Math.floor(Math.random() * 100));
console.log(rolls.join(' '));

const lines = [];
const realLog = console.log;
console.log = (...args) => lines.push(args.join(' '));
console.log('captured', 1, 2);
console.log('also captured');
console.log = realLog;
console.log(lines);

const origParseInt = parseInt;
parseInt = (s) => origParseInt(s) * 10;
console.log(parseInt('7'));

delete Math.max;
try { Math.max(1, 2); } catch (e) { console.log(e.constructor.name); }

const M = Math;
M.abs = (x) => 'abs of ' + x;
console.log(Math.abs(-3));

globalThis.JSON = { stringify: () => 'replaced' };
console.log(JSON.stringify({ a: 1 }));

Object.defineProperty(Math, 'sqrt', { value: (x) => x / 2 });
console.log(Math.sqrt(16) + 1, typeof Math.sqrt(16));

[Math.trunc] = [(x) => 'trunc ' + x];
console.log(Math.trunc(2.5));
console.log(Math.floor(2.5), Math.PI.toFixed(2), Number.isInteger(5));
