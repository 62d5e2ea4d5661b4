// yield inside while, do-while, for-in, switch and labelled loops.
function* g() {
  let i = 0;
  while (i < 2) yield "while " + i++;
  do {
    yield "do " + i;
  } while (--i > 0);
  for (const k in { a: 1, b: 2 }) yield "in " + k;
  for (const c of ["x", "y"]) {
    switch (c) {
      case "x":
        yield "case x";
      // fall through
      case "y":
        yield "case y for " + c;
        break;
      default:
        yield "default";
    }
  }
  outer: for (let a = 0; a < 3; a++) {
    for (let b = 0; b < 3; b++) {
      if (b === 2) continue outer;
      if (a === 2) break outer;
      yield `${a}${b}`;
    }
  }
}
console.log([...g()]);
