function f() {
  return /\1/u;
}
console.log("never runs");
