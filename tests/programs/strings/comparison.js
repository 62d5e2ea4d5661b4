// String comparison is by UTF-16 code units.
console.log("a" < "b", "b" < "a", "a" < "a", "a" <= "a");
console.log("abc" < "abd", "abc" < "ab", "ab" < "abc");
console.log("Z" < "a", "a" < "Z", "10" < "9", "10" < 9);
console.log("" < "a", "" < "", "A" > "");
console.log("é" > "z", "\u{1F600}" > "\uFFFF", "\uFFFF" > "\u{1F600}");
console.log("abc" === "abc", "abc" === "ab" + "c", "abc" !== "ABC");
console.log("2" > "12", 2 > "12", "2" > 12);
console.log("a" > 1, "a" < 1, "a" == 1);
