// An error thrown inside a generator and never caught ends the program.
function* g() {
  yield 1;
  throw new Error("generator failed");
}
for (const x of g()) console.log(x);
