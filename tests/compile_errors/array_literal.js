// error: 2:16: not supported
const values = [1, 2, 3];
console.log(values);
