// error: 5:9: syntax error
let n = 0;
while (n < 3) {
  n++;
  const c;
}
