function esc(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }
const needle = "a.b*(c)";
const re = new RegExp(esc(needle), "g");
console.log(re.source);
console.log("x a.b*(c) y a.b*(c)".replace(re, "#"));
console.log(esc("[x]\\{y}"));
