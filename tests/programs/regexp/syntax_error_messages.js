const bad = ["(", ")", "[", "a**", "*", "a{2,1}", "[b-a]", "\\", "(?<a>x)(?<a>y)", "(?<1>x)", "(?<a>.)\\k<b>", "(?x)", "x(?<=a)+"];
for (const p of bad) {
  try {
    new RegExp(p);
    console.log("no error", p);
  } catch (e) {
    console.log(e instanceof SyntaxError, e.name, e.message);
  }
}
for (const [p, f] of [["{", "u"], ["\\k", "u"], ["\\1", "u"], ["\\p{Nope}", "u"], ["a", "gg"], ["a", "x"], ["a", "uv"]]) {
  try {
    new RegExp(p, f);
  } catch (e) {
    console.log(e.constructor === SyntaxError, e.message);
  }
}
