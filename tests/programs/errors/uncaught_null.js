// Throwing null (and catching undefined first).
try {
  throw undefined;
} catch (u) {
  console.log("caught", u, typeof u);
}
try {
  throw null;
} catch (n) {
  console.log("caught", n, typeof n, n === null);
}
console.log("now throwing null for real");
throw null;
