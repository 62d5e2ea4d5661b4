// The loop update runs on the copied binding: mutations by closures in the body carry over.
let first, second;
for (let i = 0; i < 6; i++) {
  const bump = () => { i += 2; };
  const read = () => i;
  bump();
  if (!first) first = read;
  else if (!second) second = read;
}
console.log(first(), second());
let log = "";
for (let i = 0, read = () => i; i < 3; i++) {
  log += read() + " ";
}
console.log(log);
let closures = "";
let keep;
for (let i = 0; i < 3; i++) {
  setCapture(() => i * 100);
}
function setCapture(f) {
  keep = f;
  closures += f() + ";";
}
console.log(closures, keep());
