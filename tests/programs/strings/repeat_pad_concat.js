// repeat, padStart, padEnd and concat.
console.log("ab".repeat(3), "[" + "x".repeat(0) + "]", "-".repeat(10));
console.log("5".padStart(3, "0"), "5".padEnd(3, "0"), "abc".padStart(2), "abc".padStart(6));
console.log("[" + "abc".padEnd(6) + "]", "x".padStart(7, "ab"), "x".padEnd(7, "ab"));
console.log("abc".padStart(6, ""), "42".padStart(5, "*"));
console.log("a".concat("b", "c"), "a".concat(1, true, null), "".concat());
let line = "";
for (let i = 1; i <= 3; i++) line = line.concat(String(i).padStart(4, "."));
console.log(line);
try {
  "x".repeat(-1);
} catch (e) {
  console.log(e.name, e.message);
}
try {
  "x".repeat(Infinity);
} catch (e) {
  console.log(e.name, e.message);
}
