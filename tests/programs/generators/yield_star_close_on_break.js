// Breaking out of a for-of over a delegating generator closes the whole chain, innermost first.
function* inner() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("inner closed");
  }
}
function* middle() {
  try {
    yield* inner();
  } finally {
    console.log("middle closed");
  }
}
function* outer() {
  try {
    yield 0;
    yield* middle();
  } finally {
    console.log("outer closed");
  }
}
for (const v of outer()) {
  console.log("got", v);
  if (v === 1) break;
}
const [a, b] = outer();
console.log(a, b);
