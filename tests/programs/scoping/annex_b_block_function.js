// Sloppy mode: a function declared in a block is also a var of the enclosing
// function (Annex B.3.3), undefined until the block runs.
console.log(typeof later);
if (true) {
  function later() { return "declared in a block"; }
}
console.log(typeof later, later());
function outer() {
  var before = typeof inner;
  {
    function inner() { return 7; }
  }
  return before + " " + inner();
}
console.log(outer());
