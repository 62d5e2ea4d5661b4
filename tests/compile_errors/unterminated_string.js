let ok = 1;
let broken = "no closing quote;
console.log(broken);
