// `s[i]` of a string: after the object check fails, the string tag, the
// index conversion, the range check (a rope uses its flattened copy, an
// unread rope calls the runtime), one 16-bit load and, for an ASCII unit,
// the static one-character string at kiln_ascii_strings + 16 * unit;
// anything else calls kiln_get_elem.
function charAt(s, i) {
  return s[i];
}
console.log(charAt("kiln", 1));
