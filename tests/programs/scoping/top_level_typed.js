// Top-level let/const read from functions: typed by the typer (numbers stay
// unboxed), still checked for the TDZ, and joined over every assignment.
function early() { try { return K * 2; } catch (e) { return e.constructor.name + ': ' + e.message; } }
console.log(early());
const K = 21;
console.log(early());
let flag = true;
function readFlag() { return flag ? 'yes' : 'no'; }
console.log(readFlag()); flag = false; console.log(readFlag());
let n = 1;
function bump() { n = n + 0.5; return n; }
bump(); bump();
console.log(n, typeof n);
let mixed = 1;
function setStr() { mixed = 'str'; }
console.log(mixed + 1); setStr(); console.log(mixed + 1);
