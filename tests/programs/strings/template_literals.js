// Template literals with substitutions of every type.
const name = "kiln";
let n = 3;
console.log(`hello ${name}`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`nested ${`inner ${n * 2}`} done`);
console.log(`${undefined} ${null} ${true} ${-0} ${1 / 3}`);
console.log(`multi
line`);
console.log(`escapes: \t|\n|\`|\${not}|\u0041`);
console.log(`${"a"}${"b"}${"c"}`);
console.log(``.length, `${""}`.length);
function f(x) { return x * 10; }
console.log(`call: ${f(4)} cond: ${n > 2 ? "big" : "small"}`);
console.log(`$ {not} $${n} {${n}}`);
