// .length counts UTF-16 code units; indexing returns code units.
const s = "hello";
console.log(s.length, s[0], s[4], s[5], s[-1]);
console.log("".length, "a".length);
const e = "a\u{1F600}b";
console.log(e.length);
console.log(e[0], e[3]);
console.log(e.charCodeAt(1), e.charCodeAt(2));
console.log(e.codePointAt(1), e.codePointAt(2));
console.log("é".length, "日本語".length, "日本語"[1]);
let t = "";
for (let i = 0; i < s.length; i++) t = s[i] + t;
console.log(t);
console.log("abc"[1.5], "abc"["1"]);
console.log("😀".length, "👍🏽".length);
