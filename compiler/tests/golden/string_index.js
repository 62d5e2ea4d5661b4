// `s[i]` of a string: after the object check fails, the string tag, the
// index conversion, the range check (a rope uses its flattened copy, an
// unread rope calls the runtime), one 16-bit load and, for an ASCII unit,
// the static one-character string at kiln_ascii_strings + 16 * unit;
// anything else calls kiln_get_elem. `c >= "0"` of two one-unit strings:
// both tags, both lengths 1, then one unsigned compare of the units;
// anything else calls kiln_compare.
function charAt(s, i) {
  return s[i];
}
function isDigit(c) {
  return c >= "0" && c <= "9";
}
console.log(charAt("kiln", 1), isDigit(charAt("a1", 1)));
