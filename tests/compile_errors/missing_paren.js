// error: 3:20: syntax error
function f(a, b) {
  console.log(a + b;
}
