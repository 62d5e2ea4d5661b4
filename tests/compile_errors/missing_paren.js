function f(a, b) {
  console.log(a + b;
}
