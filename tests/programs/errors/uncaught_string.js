// Throwing a string that nobody catches.
function step(n) {
  console.log("step", n);
  if (n === 3) throw "stopped at step " + n;
}
for (let i = 1; i <= 5; i++) {
  try {
    if (i === 2) throw "recoverable";
    step(i);
  } catch (s) {
    if (s !== "recoverable") throw s;
    console.log("recovered from", s);
  }
}
console.log("never printed");
