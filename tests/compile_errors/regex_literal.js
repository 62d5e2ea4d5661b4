const re = /ab+c/;
console.log(re);
