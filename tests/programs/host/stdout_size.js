// process.stdout/stderr when not a terminal: no isTTY, columns, rows or getWindowSize.
for (const s of [process.stdout, process.stderr]) {
  console.log(s.fd, s.isTTY, s.columns, s.rows, typeof s.getWindowSize);
}
console.log(process.stdin.fd, process.stdin.isTTY);
