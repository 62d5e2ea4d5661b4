// A switch body is one block scope for let/const; cases can declare variables.
function run(x) {
  switch (x) {
    case 1: {
      let msg = "one";
      return msg;
    }
    case 2: {
      let msg = "two";
      return msg;
    }
  }
  return "other";
}
console.log(run(1), run(2), run(3));
function sum(n) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    switch (i % 3) {
      case 0:
        continue;
      case 1:
        total += i;
        break;
      default:
        total += 100;
    }
  }
  return total;
}
console.log(sum(10));
