const re = /(/;
console.log(re);
