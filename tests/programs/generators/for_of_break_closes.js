// break, return and throw out of a for-of call the generator's return().
function* g(name) {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log("cleanup", name);
  }
}
for (const x of g("break")) {
  console.log(x);
  break;
}
function early() {
  for (const x of g("return")) {
    return x;
  }
}
console.log(early());
try {
  for (const x of g("throw")) {
    throw new Error("oops " + x);
  }
} catch (e) {
  console.log(e.message);
}
outer: for (const i of [1, 2]) {
  for (const x of g("labelled " + i)) {
    continue outer;
  }
}
for (const x of g("exhausted")) {
  console.log("saw", x);
}
