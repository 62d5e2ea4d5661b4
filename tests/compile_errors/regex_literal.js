// error: 2:12: not supported
const re = /ab+c/;
console.log(re);
