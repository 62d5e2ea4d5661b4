// Strict equality of two strings of unknown origin: different bits go to
// the lengths (unequal lengths: false), then, for at most four code units,
// one masked word compare of each string's data; only longer strings (and
// BigInts) call kiln_strict_eq.
function isSpace(c) {
  return c === " " || c === "\n";
}
function same(a, b) {
  return a === b;
}
console.log(isSpace(" "), same("ab", "a" + "b"));
