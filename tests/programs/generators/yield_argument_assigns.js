// Assignments and functions inside a yield's argument are seen by the typer.
let x = 0;
let f = null;
function* g() {
  yield (x = "str");
  yield (f = function (n) { return n * 2; });
  yield* [(x = x + "!")];
}
console.log([...g()].length, x + 1, f(21));
