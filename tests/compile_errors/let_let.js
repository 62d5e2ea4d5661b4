// error: 2:5: syntax error
let let = 1;
console.log(let);
