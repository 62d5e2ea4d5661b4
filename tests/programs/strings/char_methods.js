// charAt, charCodeAt, codePointAt and at.
const s = "Hi\u{1F600}!";
console.log(s.charAt(0), s.charAt(1), s.charAt(99) === "", s.charAt());
console.log(s.charCodeAt(0), s.charCodeAt(2), s.charCodeAt(3), s.charCodeAt(99));
console.log(s.codePointAt(0), s.codePointAt(2), s.codePointAt(3), s.codePointAt(99));
console.log(s.at(0), s.at(-1), s.at(-5), s.at(10), s.at(1.7));
console.log("abc".charAt(-1) === "", "abc".charAt(1.9), "abc".charCodeAt("1"));
console.log("abc".charAt(NaN), "abc".charCodeAt(), "abc".at());
