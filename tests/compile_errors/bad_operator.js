// error: 3:12: syntax error
let x = 1;
let y = x +* 2;
