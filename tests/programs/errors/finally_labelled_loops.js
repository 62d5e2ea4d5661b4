// Labelled break/continue crossing several try/finally blocks.
const log = [];
outer: for (let i = 0; i < 3; i++) {
  try {
    inner: for (let j = 0; j < 3; j++) {
      try {
        if (j === 1 && i === 0) continue outer;
        if (j === 2) continue inner;
        if (i === 2) break outer;
        log.push(i + "" + j);
      } finally {
        log.push("fi" + i + j);
      }
    }
  } finally {
    log.push("fo" + i);
  }
}
console.log(log.join(" "));
// labelled block with break through finally
const b = [];
block: {
  try {
    b.push("start");
    if (b.length > 0) break block;
    b.push("unreached");
  } finally {
    b.push("finally");
  }
  b.push("after try");
}
b.push("after block");
console.log(b.join(","));
// three levels, break from deepest to the top
function search(grid, target) {
  const trace = [];
  let found = "none";
  rows: for (let r = 0; r < grid.length; r++) {
    try {
      for (let c = 0; c < grid[r].length; c++) {
        try {
          try {
            if (grid[r][c] === target) { found = r + "," + c; break rows; }
          } finally {
            trace.push("a");
          }
        } finally {
          trace.push("b");
        }
      }
    } finally {
      trace.push("|");
    }
  }
  return found + " " + trace.join("");
}
console.log(search([[1, 2], [3, 4], [5, 6]], 4));
console.log(search([[1, 2], [3, 4]], 9));
// labelled continue with an exception caught inside
const c = [];
loop: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    try {
      if (j > i) throw "skip";
      c.push(i * j);
    } catch (s) {
      continue loop;
    } finally {
      c.push("/");
    }
  }
}
console.log(c.join(""));
// return from inside labelled loops runs every finally in between
function deepReturn() {
  const t = [];
  a: for (let i = 0; i < 2; i++) {
    try {
      b: for (let j = 0; j < 2; j++) {
        try {
          if (i === 1 && j === 1) return t.join("") + "!";
          t.push(i + "" + j);
        } finally {
          t.push("<");
        }
      }
    } finally {
      t.push(">");
    }
  }
  return "no return";
}
console.log(deepReturn());
// labelled while loops: continue to the outer label from inside a catch
let row = 0;
outerWhile: while (row < 3) {
  row++;
  let col = 0;
  while (col < 3) {
    col++;
    try {
      if (col === 2) throw new Error("r" + row + "c" + col);
      console.log("cell", row, col);
    } catch (e) {
      console.log("skip rest of row after", e.message);
      continue outerWhile;
    } finally {
      console.log("  cleanup", row, col);
    }
  }
}
// break out of a labelled loop from a finally block, cancelling an exception
function cancelled() {
  let n = 0;
  outer: for (;;) {
    for (;;) {
      try {
        n++;
        throw new Error("discarded");
      } finally {
        if (n === 2) break outer;
        continue;
      }
    }
  }
  return "cancelled after " + n;
}
console.log(cancelled());
