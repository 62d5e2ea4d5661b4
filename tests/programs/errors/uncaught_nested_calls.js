// An error thrown deep inside nested function calls propagates to the top, running finally blocks.
function level(n) {
  try {
    console.log("enter", n);
    if (n === 0) {
      const data = [1, 2, 3];
      return data.map(function (x) {
        if (x === 3) throw new ReferenceError("bottom reached with x=" + x);
        return x;
      });
    }
    return level(n - 1);
  } finally {
    console.log("leave", n);
  }
}
class Runner {
  run() { return level(3); }
}
new Runner().run();
console.log("never printed");
