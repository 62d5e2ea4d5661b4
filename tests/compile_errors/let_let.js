let let = 1;
console.log(let);
