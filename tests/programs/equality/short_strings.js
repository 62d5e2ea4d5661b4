// Strict equality of strings compiled without a runtime call when the
// lengths differ or both have at most four code units: strings from every
// source (literals, indexing, substring, fromCharCode, concatenation,
// repeat, number conversion, template literals), equal and unequal in each
// position, empty strings, non-ASCII units, and the longer strings and
// BigInts that still go to the runtime.
const text = "abcd abce xyz \u00e9\u00e9 \ud83d\ude00 1234 12345 12346";
const pieces = [
  "", text.slice(0, 0), String(""), `${""}`,
  "a", text[0], text.substring(0, 1), String.fromCharCode(97), "ab".slice(0, 1),
  "ab", text.slice(0, 2), "a" + "b", `a${"b"}`,
  "abcd", text.slice(0, 4), "ab" + "cd", "abce", text.slice(5, 9), "abcc",
  "\u00e9", text[14], "\u00e9\u00e9", text.slice(14, 16), "\u00e8\u00e9",
  "\ud83d\ude00", text.slice(17, 19), "\ud83d", text[17], "\ude00",
  "1234", String(1234), (1234).toString(), "12345", String(12345), "12346",
  "x".repeat(4), "xxxx", "x".repeat(5), "xxxxx", "xxxxy",
  "abcdefghijklmnopqrstuvwxyz012345", "abcdefghijklmnop" + "qrstuvwxyz012345",
  "abcdefghijklmnopqrstuvwxyz012346",
];
const rows = [];
for (let i = 0; i < pieces.length; i++) {
  let row = "";
  for (let j = 0; j < pieces.length; j++) {
    const a = pieces[i], b = pieces[j];
    row += a === b ? "=" : ".";
    if ((a === b) === (a !== b)) throw new Error("=== and !== disagree");
  }
  rows.push(row);
}
console.log(rows.join("\n"));
// Against values of other types with the same text.
const others = [1234, 0, null, undefined, true, 12345n, Symbol("a"), { toString: () => "a" }, ["a"]];
console.log(others.map((o) => [String(o === "a"), String("1234" === o), String(o !== "")].join("/")).join(" "));
// BigInts: equal by value, not by identity.
const big = [1n, BigInt(1), 2n ** 64n, BigInt("18446744073709551616"), -1n, 0n, -0n];
console.log(big.map((x) => big.map((y) => (x === y ? 1 : 0)).join("")).join(" "));
// One-character comparisons in a loop over a parsed text.
let spaces = 0, digits = 0, quotes = 0;
const src = ' {"a": [1, 2, "x y"], "b\\n": 345} ';
for (let i = 0; i < src.length; i++) {
  const c = src[i];
  if (c === " " || c === "\t" || c === "\n") spaces++;
  else if (c === '"') quotes++;
  else if (c !== "" && c >= "0" && c <= "9") digits++;
}
console.log(spaces, digits, quotes);
