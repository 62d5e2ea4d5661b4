// Chained tagged templates are separate sites; `\01`-style escapes cook to undefined.
var n = 0;
const exp = ["x", "y", "z"];
var tag = function (t) {
  console.log(t[0] === exp[n++], Object.isFrozen(t));
  return tag;
};
console.log(tag`x``y``z` === tag, n);
((s) => console.log(s[0], s.raw[0]))`\01`;
((s) => console.log(s[0], s.raw[0]))`\8a`;
((s) => console.log(JSON.stringify(s[0]), s.raw[0]))`\0`;
