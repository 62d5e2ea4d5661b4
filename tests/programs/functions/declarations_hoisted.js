// Function declarations are hoisted: callable before their definition.
console.log(square(7));
function square(x) {
  return x * x;
}
console.log(later());
function later() {
  return "defined later";
}
function outer() {
  return inner() + 1;
  function inner() {
    return 41;
  }
}
console.log(outer());
function dup() { return "first"; }
console.log(dup());
function dup() { return "second"; }
